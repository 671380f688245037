import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { forceHeaders } from "./private-response";

let server: http.Server;
let base = "";

beforeAll(async () => {
  server = http.createServer((request, response) => {
    forceHeaders(response, { "cache-control": "private, no-store", "x-robots-tag": "noindex" });
    // What Next does: its own Cache-Control, by setHeader or through writeHead.
    response.setHeader("Cache-Control", "public, max-age=3600");
    if (request.url === "/head") response.writeHead(200, { "Cache-Control": "s-maxage=60" });
    response.end("ok");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("forceHeaders", () => {
  for (const path of ["/implicit", "/head"]) {
    it(`wins over the handler's Cache-Control (${path})`, async () => {
      const response = await fetch(`${base}${path}`);
      expect(response.headers.get("cache-control")).toBe("private, no-store");
      expect(response.headers.get("x-robots-tag")).toBe("noindex");
      expect(await response.text()).toBe("ok");
    });
  }
});
