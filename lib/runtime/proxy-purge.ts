import http from "node:http";
import https from "node:https";
import { LRUCache } from "lru-cache";
import { LOCALE_COOKIE } from "../i18n/locales";
import { log } from "../log";
import { readCookie } from "./page-key";

/**
 * A shared nginx cache in front of Galley (deploy/nginx-cache.conf), kept exact by
 * purging. nginx keys a page by what Galley renders it from: Host, the address as asked,
 * the encoding (nginx asks for br, gzip or none), the locale cookie and Accept-Language.
 * Open-source nginx cannot purge by tag, so each process remembers what it handed to the
 * proxy (every fill passes through some worker, and every worker hears every
 * invalidation) and, when an invalidation names one of a page's tags, sends
 * `PURGE /galley-purge` naming the page's address, with the same headers, to each proxy
 * in GALLEY_PROXY_PURGE_URLS. (The purge module's own-location form, PURGE on the page's
 * address, crashes nginx 1.22's worker with Debian's module 2.3.)
 *
 * The proxy may keep a page for PROXY_TTL_SECONDS (X-Accel-Expires), and this process
 * remembers each page at least as long. A page forgotten early to bound memory is purged
 * then, so the proxy never holds a page nobody would purge. A response the proxy was still
 * storing when its purge came is caught by a second purge a second later.
 */
export const PROXY_TTL_SECONDS = 3_600;
/** deploy/nginx-cache.conf's purge location, and the header naming the page to purge. */
const PURGE_PATH = "/galley-purge";
const PURGE_URI_HEADER = "x-galley-purge-uri";
const MAX_REMEMBERED = 50_000;
const SECOND_PURGE_MS = 1_000;

type Served = {
  host: string;
  url: string;
  encoding: string;
  locale: string;
  language: string;
  tags: readonly string[];
};

export type ProxyPurger = {
  remember(request: http.IncomingMessage, tags: readonly string[]): void;
  purge(tags: readonly string[]): void;
  purgeAll(): void;
  close(): void;
};

/** The proxies to purge, or null when no shared cache is configured. */
export function createProxyPurger(purgeUrls: string | undefined): ProxyPurger | null {
  const proxies = (purgeUrls ?? "")
    .split(",")
    .map((url) => url.trim().replace(/\/$/, ""))
    .filter(Boolean);
  if (proxies.length === 0) return null;
  const timers = new Set<NodeJS.Timeout>();

  const send = (page: Served) => {
    for (const proxy of proxies) {
      // node:http, not fetch: fetch adds Accept-Language and Accept-Encoding of its own,
      // and the proxy must key this request exactly as it keyed the page.
      const url = new URL(`${proxy}${PURGE_PATH}`);
      const headers: Record<string, string> = { host: page.host, [PURGE_URI_HEADER]: page.url };
      if (page.encoding) headers["accept-encoding"] = page.encoding;
      if (page.language) headers["accept-language"] = page.language;
      if (page.locale) headers.cookie = `${LOCALE_COOKIE}=${page.locale}`;
      const request = (url.protocol === "https:" ? https : http)
        .request(url, { method: "PURGE", headers, timeout: 5_000 }, (response) =>
          // 404: the proxy held no copy (already purged, or never stored).
          response.resume(),
        )
        .on("timeout", () => request.destroy(new Error("no answer in 5 s")))
        // The page stays there until its time is up: said, not thrown.
        .on("error", (error) => log.warn({ err: error, proxy }, "proxy purge failed"));
      request.end();
    }
  };
  const served = new LRUCache<string, Served>({
    max: MAX_REMEMBERED,
    ttl: PROXY_TTL_SECONDS * 1000,
    // Forgotten before its time: the proxy must forget it too.
    dispose: (page, _key, reason) => reason === "evict" && send(page),
  });
  const purgeTwice = (pages: Served[]) => {
    for (const page of pages) send(page);
    const timer = setTimeout(() => {
      timers.delete(timer);
      for (const page of pages) send(page);
    }, SECOND_PURGE_MS);
    timers.add(timer);
  };

  return {
    remember(request, tags) {
      const header = (name: string) => {
        const value = request.headers[name];
        return Array.isArray(value) ? value.join(", ") : (value ?? "");
      };
      const page: Served = {
        host: header("host"),
        url: request.url ?? "/",
        encoding: header("accept-encoding"),
        locale: readCookie(request.headers.cookie, LOCALE_COOKIE) ?? "",
        language: header("accept-language"),
        tags,
      };
      const key = [page.host, page.url, page.encoding, page.locale, page.language].join("\n");
      served.set(key, page);
    },
    purge(tags) {
      const wanted = new Set(tags);
      const pages: Served[] = [];
      served.forEach((page, key) => {
        if (!page.tags.some((tag) => wanted.has(tag))) return;
        pages.push(page);
        served.delete(key);
      });
      if (pages.length) purgeTwice(pages);
    },
    purgeAll() {
      const pages = [...served.values()];
      served.clear();
      purgeTwice(pages);
    },
    close() {
      for (const timer of timers) clearTimeout(timer);
    },
  };
}
