import http from "node:http";
import type { AddressInfo } from "node:net";
import zlib from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPageCache, sendCachedPage, type CachedPage } from "./page-cache";

const html = (text: string) =>
  `<!doctype html><html><head><script src="/_next/app.js"></script></head><body>${text}</body></html>`;
const rendered = (text: string, tags: readonly string[] = ["home"]) => ({
  html: html(text),
  headers: new Headers({ "content-security-policy": "default-src 'self'; script-src 'self'" }),
  tags,
});

function store(cache: ReturnType<typeof createPageCache>, key: string, tags?: string[]) {
  return cache.store(key, cache.begin(), rendered(key, tags));
}

describe("the page cache", () => {
  it("keeps a page as a script-free document with an ETag", () => {
    const cache = createPageCache();
    const page = store(cache, "en /articles/a", ["slug:a"]);
    expect(cache.get("en /articles/a")).toBe(page);
    expect(page.body.toString()).not.toContain("<script");
    expect(page.etag).toMatch(/^"[\w-]+"$/);
    expect(page.headers["content-security-policy"]).toBe("default-src 'self'; script-src 'none'");
  });

  it("drops the render's nonces, so two renders of one page (two workers) share an ETag", () => {
    const render = (nonce: string) =>
      createPageCache().store("en /", 0, {
        ...rendered("x"),
        html: `<html><head><link rel="stylesheet" href="/a.css" nonce="${nonce}"/></head><body>x</body></html>`,
      });
    const [one, two] = [render("bm9uY2Ux"), render("bm9uY2Uy")];
    expect(one.body.toString()).toContain('<link rel="stylesheet" href="/a.css"/>');
    expect(one.etag).toBe(two.etag);
  });

  it("names its cache tags as surrogate keys for a CDN (Fastly and Cloudflare), encoded", () => {
    const page = store(createPageCache(), "zh /articles/德州", [
      "slug:德州",
      "publication",
      "sections",
    ]);
    const key = "slug:%E5%BE%B7%E5%B7%9E";
    expect(page.headers["surrogate-key"]).toBe(`${key} publication sections`);
    expect(page.headers["cache-tag"]).toBe(`${key},publication,sections`);
    expect(page.prepared.br["surrogate-key"]).toBe(page.headers["surrogate-key"]);
  });

  it("keeps live coverage's own script, without its nonce, and lets only this origin's scripts run", () => {
    const cache = createPageCache();
    const page = cache.store("en /articles/live", cache.begin(), {
      ...rendered("x"),
      html: html(
        '<script src="/live.js" async="" nonce="abc" data-galley-live=""></script>' +
          '<script src="https://evil.test/live.js" data-galley-live=""></script>' +
          '<script data-galley-live="">alert(1)</script>',
      ),
    });
    const body = page.body.toString();
    expect(body).toContain('<script src="/live.js" async="" data-galley-live=""></script>');
    expect(body).not.toContain("evil.test");
    expect(body).not.toContain("alert(1)");
    expect(body).not.toContain("/_next/app.js");
    expect(page.headers["content-security-policy"]).toBe("default-src 'self'; script-src 'self'");
  });

  it("evicts the least recently used page once it holds too many", () => {
    const cache = createPageCache({ maxEntries: 2, maxBytes: 1e9 });
    store(cache, "a");
    store(cache, "b");
    cache.get("a"); // read since b was stored: b is now the least recently used
    store(cache, "c");
    expect(cache.size).toBe(2);
    expect(cache.get("b")).toBeUndefined();
    expect(cache.get("a")).toBeDefined();
    expect(cache.get("c")).toBeDefined();
  });

  it("evicts by bytes (identity, gzip and brotli bodies all count)", () => {
    const one = store(createPageCache(), "x");
    const bytes = one.body.length + one.gzip.length + one.brotli.length;
    const cache = createPageCache({ maxEntries: 100, maxBytes: bytes * 2 + 10 });
    for (const key of ["x", "y", "z"]) store(cache, key);
    expect(cache.size).toBe(2);
    expect(cache.get("x")).toBeUndefined();
  });

  it("drops exactly the pages listening to an invalidated tag", () => {
    const cache = createPageCache();
    store(cache, "zh-Hans /articles/a", ["slug:a"]);
    store(cache, "en /articles/a", ["slug:a"]);
    store(cache, "zh-Hans /articles/b", ["slug:b"]);
    store(cache, "zh-Hans /", ["home"]);
    cache.invalidate(["slug:a"]);
    expect(cache.get("zh-Hans /articles/a")).toBeUndefined();
    expect(cache.get("en /articles/a")).toBeUndefined();
    expect(cache.get("zh-Hans /articles/b")).toBeDefined();
    expect(cache.get("zh-Hans /")).toBeDefined();
    cache.invalidate(["home", "slug:b"]);
    expect(cache.size).toBe(0);
  });

  it("does not keep a page whose render began before an invalidation", () => {
    const cache = createPageCache();
    const startedAt = cache.begin();
    cache.invalidate(["slug:a"]);
    const page = cache.store("en /articles/a", startedAt, rendered("old", ["slug:a"]));
    expect(page.body.toString()).toContain("old"); // still answers the request that asked
    expect(cache.get("en /articles/a")).toBeUndefined();
  });
});

describe("answering from the cache", () => {
  let server: http.Server;
  let port = 0;
  let page: CachedPage;

  beforeAll(async () => {
    page = store(createPageCache(), "en /articles/a", ["slug:a"]);
    server = http.createServer((request, response) =>
      sendCachedPage(request, response, page, request.url !== "/miss"),
    );
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  /** Raw bytes and headers (fetch would decompress and hide the encoding). */
  function get(headers: http.OutgoingHttpHeaders, method = "GET", path = "/") {
    return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>(
      (resolve, reject) => {
        const call = http.request({ port, path, method, headers }, (response) => {
          const chunks: Buffer[] = [];
          response.on("data", (chunk: Buffer) => chunks.push(chunk));
          response.on("end", () =>
            resolve({
              status: response.statusCode ?? 0,
              headers: response.headers,
              body: Buffer.concat(chunks),
            }),
          );
        });
        call.on("error", reject);
        call.end();
      },
    );
  }

  it("answers 304 with no body when the ETag matches (also weak and in a list)", async () => {
    for (const match of [page.etag, `W/${page.etag}`, `"other", ${page.etag}`]) {
      const response = await get({ "if-none-match": match });
      expect(response.status, match).toBe(304);
      expect(response.body.length).toBe(0);
      expect(response.headers.etag).toBe(page.etag);
    }
  });

  it("answers 200 in the best encoding the client takes when the ETag differs", async () => {
    const br = await get({ "if-none-match": '"stale"', "accept-encoding": "gzip, br" });
    expect(br.status).toBe(200);
    expect(br.headers["content-encoding"]).toBe("br");
    expect(zlib.brotliDecompressSync(br.body)).toEqual(page.body);
    const gzip = await get({ "accept-encoding": "gzip" });
    expect(gzip.headers["content-encoding"]).toBe("gzip");
    expect(zlib.gunzipSync(gzip.body)).toEqual(page.body);
    const plain = await get({});
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body).toEqual(page.body);
    expect(plain.headers["x-galley-cache"]).toBe("hit");
  });

  it("sends headers without a body to HEAD, and marks a fresh render as a miss", async () => {
    const head = await get({}, "HEAD");
    expect(head.status).toBe(200);
    expect(head.headers["content-length"]).toBe(String(page.body.length));
    expect(head.body.length).toBe(0);
    expect((await get({}, "GET", "/miss")).headers["x-galley-cache"]).toBe("miss");
  });
});
