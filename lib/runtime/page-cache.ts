import crypto from "node:crypto";
import type http from "node:http";
import zlib from "node:zlib";
import { LRUCache } from "lru-cache";
import { surrogateHeaders } from "../surrogate-keys";

/**
 * Published pages as documents, served from memory in front of Next. Next's request
 * pipeline costs more than rendering (a few thousand requests a second at best), so a
 * reader page is rendered once, stripped of the scripts a document does not need, and
 * answered from here until the workflow invalidates one of its tags.
 *
 * Keys come from page-key.ts. The least recently used pages go first once the cache holds
 * 5,000 pages or 256 MB (lru-cache: constant time, no scan).
 */
export type CachedPage = {
  body: Buffer;
  gzip: Buffer;
  brotli: Buffer;
  etag: string;
  headers: Record<string, string>;
  /** Response headers built once per encoding, so a hit allocates nothing. */
  prepared: {
    identity: Record<string, string>;
    gzip: Record<string, string>;
    br: Record<string, string>;
    notModified: Record<string, string>;
  };
  tags: readonly string[];
};

const MAX_ENTRIES = 5_000;
const MAX_BYTES = 256 * 1024 * 1024;

/** Live coverage's one script (public/live.js), the only one a cached page keeps. */
export const LIVE_SCRIPT = /\bdata-galley-live\b/;
const isLiveScript = (attributes: string) =>
  LIVE_SCRIPT.test(attributes) && /\bsrc=["']?\/live\.js["'\s>]/.test(`${attributes}>`);

/**
 * A published page needs no JavaScript: drop executable scripts and their preloads
 * (JSON-LD data blocks stay), so readers download a document, not an app. Live coverage
 * keeps its own small script, which shows new updates without a reload.
 */
export function stripScripts(html: string): string {
  return (
    html
      .replace(/<script\b([^>]*)>[\s\S]*?<\/script>/gi, (whole, attributes: string) =>
        /type=["']?application\/(ld\+)?json/i.test(attributes) || isLiveScript(attributes)
          ? whole
          : "",
      )
      .replace(
        /<link\b[^>]*\brel=["']?(?:modulepreload|preload)["']?[^>]*\bas=["']?script[^>]*>/gi,
        "",
      )
      .replace(/<link\b[^>]*\bas=["']?script["']?[^>]*\brel=["']?preload[^>]*>/gi, "")
      .replace(/<link\b[^>]*\brel=["']?modulepreload[^>]*>/gi, "")
      // The render's nonces (on stylesheet links too) mean nothing to a document whose CSP
      // names none, and would make each render's bytes, so its ETag, differ: without them
      // every worker and instance serves the same page under the same ETag.
      .replace(/\snonce="[^"]*"/g, "")
  );
}

/**
 * The CSP for a cached document: nothing may run at all, or on a live coverage page only
 * scripts from this origin (the page's one is /live.js; no inline script, no other host).
 */
export function documentCsp(original: string | undefined, hasLiveScript = false): string {
  const directives = (original ?? "default-src 'self'")
    .split(";")
    .map((directive) => directive.trim())
    .filter((directive) => directive && !directive.startsWith("script-src"));
  return [...directives, hasLiveScript ? "script-src 'self'" : "script-src 'none'"].join("; ");
}

const PASSED_HEADERS = [
  "content-security-policy",
  "x-content-type-options",
  "referrer-policy",
  "x-frame-options",
  "permissions-policy",
  "strict-transport-security",
  "content-language",
];

export function createPageCache(limits = { maxEntries: MAX_ENTRIES, maxBytes: MAX_BYTES }) {
  const entries = new LRUCache<string, CachedPage>({
    max: limits.maxEntries,
    maxSize: limits.maxBytes,
    sizeCalculation: (entry) => entry.body.length + entry.gzip.length + entry.brotli.length,
  });
  let generation = 0;

  return {
    get(key: string): CachedPage | undefined {
      return entries.get(key);
    },
    /** Call before rendering a miss; pass the result to `store`. */
    begin(): number {
      return generation;
    },
    /**
     * Keeps a rendered page, unless an invalidation happened while it was rendered (the
     * page may already be stale).
     */
    store(
      key: string,
      startedAt: number,
      page: { html: string; headers: Headers; tags: readonly string[] },
    ): CachedPage {
      const body = Buffer.from(stripScripts(page.html));
      const headers: Record<string, string> = {
        "content-type": "text/html; charset=utf-8",
        "cache-control": "public, max-age=0, s-maxage=60, stale-while-revalidate=600",
        vary: "Accept-Encoding, Accept-Language, Cookie",
        ...surrogateHeaders(page.tags),
      };
      for (const name of PASSED_HEADERS) {
        const value = page.headers.get(name);
        if (value) headers[name] = value;
      }
      headers["content-security-policy"] = documentCsp(
        headers["content-security-policy"],
        /<script\b[^>]*\bdata-galley-live\b/.test(body.toString("latin1")),
      );
      const gzip = zlib.gzipSync(body, { level: 6 });
      const brotli = zlib.brotliCompressSync(body, {
        params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 5 },
      });
      const etag = `"${crypto.createHash("sha1").update(body).digest("base64url")}"`;
      const base = { ...headers, etag, "x-galley-cache": "hit" };
      const entry: CachedPage = {
        body,
        gzip,
        brotli,
        etag,
        headers,
        prepared: {
          identity: { ...base, "content-length": String(body.length) },
          gzip: { ...base, "content-encoding": "gzip", "content-length": String(gzip.length) },
          br: { ...base, "content-encoding": "br", "content-length": String(brotli.length) },
          notModified: base,
        },
        tags: page.tags,
      };
      if (startedAt === generation) entries.set(key, entry);
      return entry;
    },
    invalidate(tags: readonly string[]) {
      generation += 1;
      const wanted = new Set(tags);
      const stale: string[] = [];
      entries.forEach((entry, key) => {
        if (entry.tags.some((tag) => wanted.has(tag))) stale.push(key);
      });
      for (const key of stale) entries.delete(key);
    },
    clear() {
      generation += 1;
      entries.clear();
    },
    get size() {
      return entries.size;
    },
  };
}

export type PageCache = ReturnType<typeof createPageCache>;

/** Answers from a cached page: 304 for a matching ETag, else the best encoding the client takes. */
export function sendCachedPage(
  request: http.IncomingMessage,
  response: http.ServerResponse,
  page: CachedPage,
  hit: boolean,
): void {
  const prepared = page.prepared;
  const miss = (headers: Record<string, string>) =>
    hit ? headers : { ...headers, "x-galley-cache": "miss" };
  const match = request.headers["if-none-match"];
  if (
    match &&
    (match === page.etag ||
      match.split(",").some((tag) => tag.trim().replace(/^W\//, "") === page.etag))
  ) {
    response.writeHead(304, miss(prepared.notModified));
    response.end();
    return;
  }
  const accepts = request.headers["accept-encoding"];
  const head = request.method === "HEAD";
  if (accepts && accepts.includes("br")) {
    response.writeHead(200, miss(prepared.br));
    response.end(head ? undefined : page.brotli);
  } else if (accepts && accepts.includes("gzip")) {
    response.writeHead(200, miss(prepared.gzip));
    response.end(head ? undefined : page.gzip);
  } else {
    response.writeHead(200, miss(prepared.identity));
    response.end(head ? undefined : page.body);
  }
}
