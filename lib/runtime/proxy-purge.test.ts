import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createProxyPurger } from "./proxy-purge";

type Purge = { method: string; url: string; headers: http.IncomingHttpHeaders };

/** A stand-in for nginx's purge location: records every request. */
let proxy: http.Server;
let proxyUrl: string;
const purges: Purge[] = [];
beforeAll(async () => {
  proxy = http.createServer((request, response) => {
    purges.push({ method: request.method ?? "", url: request.url ?? "", headers: request.headers });
    response.writeHead(200).end();
  });
  await new Promise<void>((resolve) => proxy.listen(0, "127.0.0.1", resolve));
  proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
});
afterAll(() => proxy.close());

/** A request as nginx forwards a cache fill. */
const fill = (url: string, headers: Record<string, string>) =>
  ({ url, headers: { host: "news.example.com", ...headers } }) as unknown as http.IncomingMessage;

const settle = (ms = 100) => new Promise((resolve) => setTimeout(resolve, ms));

describe("purging a shared nginx cache", () => {
  it("is off without GALLEY_PROXY_PURGE_URLS", () => {
    expect(createProxyPurger(undefined)).toBeNull();
    expect(createProxyPurger(" , ")).toBeNull();
  });

  it("purges the pages an invalidation names, with the headers nginx keyed them by, twice", async () => {
    purges.length = 0;
    const purger = createProxyPurger(`${proxyUrl}/`)!;
    purger.remember(
      fill("/articles/de-zhou?script=hans", {
        "accept-encoding": "br",
        "accept-language": "zh-CN,zh;q=0.9",
        cookie: "other=1; galley-locale=zh",
      }),
      ["slug:de-zhou", "publication"],
    );
    purger.remember(fill("/sections/news", { "accept-encoding": "gzip" }), ["home"]);
    purger.purge(["slug:de-zhou"]);
    await settle();
    expect(purges).toHaveLength(1);
    expect(purges[0]).toMatchObject({
      method: "PURGE",
      url: "/galley-purge",
      headers: {
        "x-galley-purge-uri": "/articles/de-zhou?script=hans",
        host: "news.example.com",
        "accept-encoding": "br",
        "accept-language": "zh-CN,zh;q=0.9",
        cookie: "galley-locale=zh",
      },
    });
    // Again a second later: a fill nginx was still storing at the first purge goes too.
    await settle(1_100);
    expect(purges.map((purge) => purge.headers["x-galley-purge-uri"])).toEqual([
      "/articles/de-zhou?script=hans",
      "/articles/de-zhou?script=hans",
    ]);
    // Forgotten once purged; the section page was not named.
    purger.purge(["slug:de-zhou"]);
    await settle();
    expect(purges).toHaveLength(2);
    purger.purge(["home"]);
    await settle();
    expect(purges.at(-1)!.headers["x-galley-purge-uri"]).toBe("/sections/news");
    expect(purges.at(-1)!.headers["accept-language"]).toBeUndefined();
    expect(purges.at(-1)!.headers.cookie).toBeUndefined();
    purger.close();
  });

  it("purges everything it handed out when invalidations may have been missed", async () => {
    purges.length = 0;
    const purger = createProxyPurger(proxyUrl)!;
    purger.remember(fill("/", {}), ["home"]);
    purger.remember(fill("/tags/flood", {}), ["home"]);
    purger.purgeAll();
    await settle();
    expect(purges.map((purge) => purge.headers["x-galley-purge-uri"]).sort()).toEqual([
      "/",
      "/tags/flood",
    ]);
    purger.close();
  });
});
