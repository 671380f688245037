import crypto from "node:crypto";
import type http from "node:http";
import zlib from "node:zlib";
import { isLocale, LOCALE_COOKIE, negotiateLocale } from "../i18n/locales";

/**
 * Published pages as documents, served from memory in front of Next. Next's request
 * pipeline costs more than rendering (a few thousand requests a second at best), so a
 * reader page is rendered once, stripped of the scripts a document does not need, and
 * answered from here until the workflow invalidates one of its tags.
 *
 * Key: UI locale + path + the query parameters the page reads (others are dropped, so
 * random parameters cannot fill the cache). Signed-in requests bypass it.
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
  lastUsed: number;
};

const READER_PATH =
  /^\/(?:$|articles\/[^/]+\/?$|(?:sections|tags|contributors)\/[^/]+\/?$|search\/?$)/;
const KEPT_PARAMS = ["script", "after", "q", "cursor"] as const;
const MAX_ENTRIES = 5_000;
const MAX_BYTES = 256 * 1024 * 1024;
const SESSION_COOKIES = ["galley.session", "__Secure-galley.session"];

export function readCookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? "").split(";")) {
    const [key, ...value] = part.trim().split("=");
    if (key === name) return value.join("=");
  }
  return undefined;
}

export function isCacheable(request: http.IncomingMessage, pathname: string): boolean {
  if (request.method !== "GET" && request.method !== "HEAD") return false;
  if (!READER_PATH.test(pathname)) return false;
  const cookie = request.headers.cookie;
  if (!cookie || !cookie.includes("galley.session")) return true;
  return !SESSION_COOKIES.some((name) => readCookie(cookie, name) !== undefined);
}

/** The page's normalised address: only the parameters a reader page reads, in order. */
export function normalisedTarget(url: URL): string {
  if (!url.search) return url.pathname;
  const params = new URLSearchParams();
  for (const name of KEPT_PARAMS) {
    const value = url.searchParams.get(name);
    // Long queries keep enough for the page to say it cut them (it searches 200 characters).
    if (value !== null && value !== "") params.set(name, value.slice(0, 1_000));
  }
  const query = params.toString();
  return `${url.pathname}${query ? `?${query}` : ""}`;
}

const negotiated = new Map<string, string>();

export function localeOf(request: http.IncomingMessage): string {
  const cookie = request.headers.cookie;
  if (cookie) {
    const chosen = readCookie(cookie, LOCALE_COOKIE);
    if (isLocale(chosen)) return chosen;
  }
  const header = request.headers["accept-language"] ?? "";
  let locale = negotiated.get(header);
  if (locale === undefined) {
    locale = negotiateLocale(header);
    if (negotiated.size < 1_000) negotiated.set(header, locale);
  }
  return locale;
}

/** Which invalidation tags a page listens to (the names lib/cache-tags.ts gives them). */
export function tagsForPath(pathname: string): string[] {
  const article = /^\/articles\/([^/]+)\/?$/.exec(pathname);
  if (article?.[1]) {
    try {
      return [`slug:${decodeURIComponent(article[1])}`];
    } catch {
      return ["home"];
    }
  }
  // Front page, sections, tags, contributors and search change with any publication.
  return ["home"];
}

/**
 * A published page needs no JavaScript: drop executable scripts and their preloads
 * (JSON-LD data blocks stay), so readers download a document, not an app.
 */
export function stripScripts(html: string): string {
  return html
    .replace(/<script\b([^>]*)>[\s\S]*?<\/script>/gi, (whole, attributes: string) =>
      /type=["']?application\/(ld\+)?json/i.test(attributes) ? whole : "",
    )
    .replace(
      /<link\b[^>]*\brel=["']?(?:modulepreload|preload)["']?[^>]*\bas=["']?script[^>]*>/gi,
      "",
    )
    .replace(/<link\b[^>]*\bas=["']?script["']?[^>]*\brel=["']?preload[^>]*>/gi, "")
    .replace(/<link\b[^>]*\brel=["']?modulepreload[^>]*>/gi, "");
}

/** The CSP for a script-free document: nothing may run at all. */
export function documentCsp(original: string | undefined): string {
  const directives = (original ?? "default-src 'self'")
    .split(";")
    .map((directive) => directive.trim())
    .filter((directive) => directive && !directive.startsWith("script-src"));
  return [...directives, "script-src 'none'"].join("; ");
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

export function createPageCache() {
  const entries = new Map<string, CachedPage>();
  let bytes = 0;
  let generation = 0;

  function evict() {
    while (entries.size > MAX_ENTRIES || bytes > MAX_BYTES) {
      let oldestKey: string | undefined;
      let oldest = Infinity;
      for (const [key, entry] of entries) {
        if (entry.lastUsed < oldest) [oldest, oldestKey] = [entry.lastUsed, key];
      }
      if (oldestKey === undefined) return;
      drop(oldestKey);
    }
  }
  function drop(key: string) {
    const entry = entries.get(key);
    if (!entry) return;
    bytes -= entry.body.length + entry.gzip.length + entry.brotli.length;
    entries.delete(key);
  }

  return {
    get(key: string): CachedPage | undefined {
      const entry = entries.get(key);
      if (entry) entry.lastUsed = Date.now();
      return entry;
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
      };
      for (const name of PASSED_HEADERS) {
        const value = page.headers.get(name);
        if (value) headers[name] = value;
      }
      headers["content-security-policy"] = documentCsp(headers["content-security-policy"]);
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
        lastUsed: Date.now(),
      };
      if (startedAt === generation) {
        drop(key);
        entries.set(key, entry);
        bytes += body.length + entry.gzip.length + entry.brotli.length;
        evict();
      }
      return entry;
    },
    invalidate(tags: readonly string[]) {
      generation += 1;
      const wanted = new Set(tags);
      for (const [key, entry] of entries) {
        if (entry.tags.some((tag) => wanted.has(tag))) drop(key);
      }
    },
    clear() {
      generation += 1;
      entries.clear();
      bytes = 0;
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
