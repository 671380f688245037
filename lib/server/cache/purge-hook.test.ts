import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { sendPurgeHook } from "./purge-hook";

type Received = { method: string; type: string; body: unknown };

/** A purge endpoint answering `statuses` in turn (then 200), recording what it got. */
async function endpoint(statuses: number[] = []) {
  const received: Received[] = [];
  const server = http.createServer((request, response) => {
    let body = "";
    request.on("data", (chunk: Buffer) => (body += chunk.toString()));
    request.on("end", () => {
      received.push({
        method: request.method ?? "",
        type: request.headers["content-type"] ?? "",
        body: JSON.parse(body),
      });
      response.writeHead(statuses.shift() ?? 200).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  servers.push(server);
  return { url: `http://127.0.0.1:${port}/purge`, received };
}
const servers: http.Server[] = [];
afterEach(() => servers.splice(0).forEach((server) => server.close()));

describe("the CDN purge hook", () => {
  it("posts the change's tags and the surrogate keys pages carry", async () => {
    const hook = await endpoint();
    const sent = await sendPurgeHook(hook.url, ["slug:德州防汛", "home", "home", "section:abc"]);
    expect(sent).toBe(true);
    expect(hook.received).toEqual([
      {
        method: "POST",
        type: "application/json",
        body: {
          tags: ["slug:德州防汛", "home", "home", "section:abc"],
          surrogateKeys: ["slug:%E5%BE%B7%E5%B7%9E%E9%98%B2%E6%B1%9B", "home", "section:abc"],
        },
      },
    ]);
  });

  it("tries a failing endpoint again, and gives up after three attempts without throwing", async () => {
    const flaky = await endpoint([503]);
    expect(await sendPurgeHook(flaky.url, ["home"], [10, 10])).toBe(true);
    expect(flaky.received).toHaveLength(2);
    const down = await endpoint([500, 500, 500]);
    expect(await sendPurgeHook(down.url, ["home"], [10, 10])).toBe(false);
    expect(down.received).toHaveLength(3);
    // Nobody listening at all: also false, not an exception.
    expect(await sendPurgeHook("http://127.0.0.1:9/purge", ["home"], [10, 10])).toBe(false);
  });
});
