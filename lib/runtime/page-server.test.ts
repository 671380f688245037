import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPageServer, type PageCacheHook } from "./page-server";
import { tagsForPath } from "./page-key";

/**
 * The page cache in front of a stand-in for Next: each render answers the story's current
 * version, and the first can be held back to stand for a slow render.
 */
let version = 1;
let holdNext: Promise<void> | null = null;
const pages = createPageServer({ databaseUrl: process.env.DATABASE_URL! });
const server = http.createServer((request, response) => {
  void (async () => {
    if (pages.isRenderRequest(request)) {
      const seen = version;
      const hold = holdNext;
      holdNext = null;
      if (hold) await hold;
      response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      response.end(`<!doctype html><p>version ${seen}</p>`);
      return;
    }
    const cacheable = pages.keyFor(request, new URL(request.url!, "http://127.0.0.1"));
    if (!cacheable) return response.writeHead(404).end();
    if (pages.serveHit(request, response, cacheable.key)) return;
    await pages.serveMiss(request, response, cacheable.key, cacheable.target);
  })();
});
let base = "";
const PATH = "/articles/page-server-test";

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  pages.setRenderOrigin(base);
});
afterAll(async () => {
  await pages.close();
  await new Promise((resolve) => server.close(resolve));
});

const read = async () => (await (await fetch(`${base}${PATH}`)).text()).match(/version \d+/)?.[0];

describe("the page cache and a change made in this process", () => {
  it("drops the page at once through the hook the reader cache calls", async () => {
    version = 1;
    expect(await read()).toBe("version 1");
    version = 2;
    expect(await read()).toBe("version 1"); // a hit
    const hook = (globalThis as { galleyPageCache?: PageCacheHook }).galleyPageCache;
    hook!.invalidate(tagsForPath(PATH));
    expect(await read()).toBe("version 2");
  });

  it("does not hand a reader who asks after a change the render begun before it", async () => {
    pages.invalidate(tagsForPath(PATH));
    version = 3;
    let release = () => undefined as void;
    holdNext = new Promise<void>((resolve) => (release = resolve));
    const early = read(); // renders version 3, slowly
    await new Promise((resolve) => setTimeout(resolve, 50));
    version = 4;
    pages.invalidate(tagsForPath(PATH));
    const late = read(); // asked after the change
    await new Promise((resolve) => setTimeout(resolve, 50));
    release();
    expect(await early).toBe("version 3");
    expect(await late).toBe("version 4");
    // And the slow render of the old copy was not kept.
    expect(await read()).toBe("version 4");
  });
});
