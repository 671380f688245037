import crypto from "node:crypto";
import type http from "node:http";
import { listenForInvalidations } from "../cache-channel";
import { askedScript, LOCALE_COOKIE } from "../i18n/locales";
import {
  configuredOrigin,
  FALLBACK_ORIGIN,
  isTrustProxy,
  ORIGIN_HEADER,
  publicOriginFor,
} from "../site-url";
import { createPageCache, sendCachedPage, type CachedPage } from "./page-cache";
import { createProxyPurger, PROXY_TTL_SECONDS } from "./proxy-purge";
import { isCacheable, localeOf, normalisedTarget, readCookie, tagsForPath } from "./page-key";

/** What the reader cache inside Next calls on a change made in this process. */
export type PageCacheHook = { invalidate(tags: readonly string[]): void };

type Rendered =
  | { kind: "page"; page: CachedPage }
  | { kind: "other"; status: number; headers: Headers; body: Buffer };

const RENDER_HEADER = "x-galley-render";
/** Set by the shared proxy cache on the requests it may keep the answer to. */
const PROXY_FILL_HEADER = "x-galley-cache-fill";

/** The reader data cache inside Next (instrumentation.ts puts it here). */
const dataCache = () =>
  (globalThis as { galleyDataCache?: { invalidate(tags: string[]): void; clear(): void } })
    .galleyDataCache;

const header = (value: string | string[] | undefined) =>
  Array.isArray(value) ? value.join(",") : value;

let settings: { configured: string | null; trustProxy: boolean; fallback: string } | undefined;

/** The public origin a request came to (lib/site-url.ts's rule), as Next is told it. */
export function originOf(request: http.IncomingMessage): string {
  // Read once, at the first request (configuration is settled by then): a cache hit
  // should not read process.env.
  settings ??= {
    configured: configuredOrigin(process.env.GALLEY_PUBLIC_URL),
    trustProxy: isTrustProxy(process.env.GALLEY_TRUST_PROXY),
    fallback: configuredOrigin(process.env.NEXTAUTH_URL) ?? FALLBACK_ORIGIN,
  };
  if (settings.configured) return settings.configured;
  return (
    publicOriginFor({
      host: request.headers.host,
      forwardedHost: header(request.headers["x-forwarded-host"]),
      forwardedProto: header(request.headers["x-forwarded-proto"]),
      trustProxy: settings.trustProxy,
    }) ?? settings.fallback
  );
}

/**
 * What besides the address changes a reader page: the UI locale, the script a Chinese
 * reader asked for (an article without ?script reads in it, lib/i18n/locales.ts), and the
 * origin its absolute links name. With GALLEY_PUBLIC_URL set the origin is always the
 * same; without it, each Host gets its own copy, so one requester's Host never reaches
 * another's page.
 */
function readerKey(request: http.IncomingMessage): string {
  const cookie = request.headers.cookie;
  const script = askedScript(
    cookie ? readCookie(cookie, LOCALE_COOKIE) : undefined,
    request.headers["accept-language"],
  );
  return `${localeOf(request)}/${script ?? ""} ${originOf(request)}`;
}

/**
 * The page cache wired to the app: misses are rendered by asking this same process (with
 * a per-process secret header, so only we can skip the cache), concurrent misses for one
 * page share one render, and invalidations arrive over PostgreSQL LISTEN.
 */
export function createPageServer(options: {
  databaseUrl: string;
  /** After the pages an invalidation names are dropped (live coverage's readers hear of it). */
  onInvalidate?: (tags: readonly string[]) => void;
  /** After everything was dropped (invalidations may have been missed). */
  onReset?: () => void;
}) {
  const pages = createPageCache();
  // A change made in this process drops its pages at once, before the action that made
  // it answers (lib/server/cache/reader-cache.ts): its author's next page, on the same
  // connection, is never the old copy, whatever PostgreSQL's NOTIFY takes to come back.
  (globalThis as { galleyPageCache?: PageCacheHook }).galleyPageCache = {
    invalidate: (tags) => pages.invalidate(tags),
  };
  const secret = crypto.randomUUID();
  // Misses are rendered by this process, on its own loopback port (app-server.ts sets it
  // before it listens): with several workers the shared port could hand the render to
  // another, whose caches may not have heard of the invalidation yet.
  let origin = "";
  const inFlight = new Map<string, { startedAt: number; rendering: Promise<Rendered> }>();
  const proxy = createProxyPurger(process.env.GALLEY_PROXY_PURGE_URLS);
  const listener = listenForInvalidations(options.databaseUrl, {
    onMessage: ({ tags }) => {
      dataCache()?.invalidate(tags);
      pages.invalidate(tags);
      proxy?.purge(tags);
      options.onInvalidate?.(tags);
    },
    onReset: () => {
      dataCache()?.clear();
      pages.clear();
      proxy?.purgeAll();
      options.onReset?.();
    },
  });

  /** A cached page to the reader, or to the shared proxy cache (deploy/nginx-cache.conf). */
  function answer(
    request: http.IncomingMessage,
    response: http.ServerResponse,
    page: CachedPage,
    hit: boolean,
  ) {
    if (proxy && request.headers[PROXY_FILL_HEADER] !== undefined) {
      proxy.remember(request, page.tags);
      response.setHeader("x-accel-expires", PROXY_TTL_SECONDS);
    }
    sendCachedPage(request, response, page, hit);
  }

  async function render(
    key: string,
    target: string,
    request: http.IncomingMessage,
    startedAt: number,
  ): Promise<Rendered> {
    const response = await fetch(`${origin}${target}`, {
      headers: {
        [RENDER_HEADER]: secret,
        "accept-language": request.headers["accept-language"] ?? "",
        cookie: request.headers.cookie ?? "",
        [ORIGIN_HEADER]: originOf(request),
      },
      redirect: "manual",
    });
    const body = Buffer.from(await response.arrayBuffer());
    const type = response.headers.get("content-type") ?? "";
    if (response.status !== 200 || !type.startsWith("text/html")) {
      return { kind: "other", status: response.status, headers: response.headers, body } as const;
    }
    const pathname = new URL(target, origin).pathname;
    const page = pages.store(key, startedAt, {
      html: body.toString("utf8"),
      headers: response.headers,
      tags: tagsForPath(pathname),
    });
    return { kind: "page", page } as const;
  }

  return {
    /** Where this process answers its own render requests (app-server.ts's private port). */
    setRenderOrigin(value: string) {
      origin = value;
    },
    /** A render request from this server to itself: serve it from Next, uncached. */
    isRenderRequest(request: http.IncomingMessage): boolean {
      return request.headers[RENDER_HEADER] === secret;
    },
    /** The cache key, when this request may be answered from the cache. */
    keyFor(request: http.IncomingMessage, url: URL): { key: string; target: string } | null {
      if (!isCacheable(request, url.pathname)) return null;
      const target = normalisedTarget(url);
      return { key: `${readerKey(request)} ${target}`, target };
    },
    /**
     * The hot path: a request for a page without a query string, answered before any
     * URL parsing when it is cached. Returns false when the full path must decide.
     */
    serveSimpleHit(request: http.IncomingMessage, response: http.ServerResponse): boolean {
      const raw = request.url;
      if (!raw || raw.includes("?") || raw.includes("%") || pages.size === 0) return false;
      if (!isCacheable(request, raw) || request.headers[RENDER_HEADER] !== undefined) return false;
      const page = pages.get(`${readerKey(request)} ${raw}`);
      if (!page) return false;
      answer(request, response, page, true);
      return true;
    },
    /** Answers a hit; false on a miss. */
    serveHit(request: http.IncomingMessage, response: http.ServerResponse, key: string): boolean {
      const page = pages.get(key);
      if (!page) return false;
      answer(request, response, page, true);
      return true;
    },
    /** Renders a miss (once, however many ask at the same time) and answers it. */
    async serveMiss(
      request: http.IncomingMessage,
      response: http.ServerResponse,
      key: string,
      target: string,
    ): Promise<void> {
      // A render begun before the last invalidation may be of the old copy: never joined.
      let flight = inFlight.get(key);
      if (!flight || flight.startedAt !== pages.begin()) {
        const startedAt = pages.begin();
        const rendering: Promise<Rendered> = render(key, target, request, startedAt).finally(
          () => inFlight.get(key)?.rendering === rendering && inFlight.delete(key),
        );
        flight = { startedAt, rendering };
        inFlight.set(key, flight);
      }
      const rendered = await flight.rendering;
      if (rendered.kind === "page") return answer(request, response, rendered.page, false);
      const headers: Record<string, string> = {};
      rendered.headers.forEach((value, name) => {
        if (
          !["content-encoding", "content-length", "transfer-encoding", "connection"].includes(name)
        )
          headers[name] = value;
      });
      response.writeHead(rendered.status, headers);
      response.end(request.method === "HEAD" ? undefined : rendered.body);
    },
    invalidate: (tags: readonly string[]) => pages.invalidate(tags),
    /** False while the invalidation listener has lost PostgreSQL. */
    databaseReachable: () => listener.isConnected(),
    get size() {
      return pages.size;
    },
    close: () => {
      proxy?.close();
      return listener.stop();
    },
  };
}
