import type http from "node:http";
import { isLocale, LOCALE_COOKIE, negotiateLocale } from "../i18n/locales";
import { matchReaderRoute, READER_PATH } from "../reader-routes";

/**
 * Which requests the page cache may answer, and under which key: UI locale + path + the
 * query parameters that page reads (lib/reader-routes.ts), in the table's order. Others
 * are dropped, so random parameters cannot fill the cache. Signed-in requests bypass it.
 */
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

/** The page's normalised address: only the parameters its route reads, in the table's order. */
export function normalisedTarget(url: URL): string {
  if (!url.search) return url.pathname;
  const params = new URLSearchParams();
  for (const name of matchReaderRoute(url.pathname)?.route.params ?? []) {
    const value = url.searchParams.get(name);
    // Long queries keep enough for the page to say it cut them (it searches 200 characters).
    if (value !== null && value !== "") params.set(name, value.slice(0, 1_000));
  }
  const query = params.toString();
  return `${url.pathname}${query ? `?${query}` : ""}`;
}

/** The UI locale: the switcher's cookie, else Accept-Language. */
export function localeOf(request: http.IncomingMessage): string {
  const cookie = request.headers.cookie;
  if (cookie) {
    const chosen = readCookie(cookie, LOCALE_COOKIE);
    if (isLocale(chosen)) return chosen;
  }
  return negotiateLocale(request.headers["accept-language"]);
}

/** Which invalidation tags a page listens to (its route's, lib/reader-routes.ts). */
export function tagsForPath(pathname: string): readonly string[] {
  const matched = matchReaderRoute(pathname);
  if (!matched) return ["home"];
  let slug = "";
  try {
    slug = decodeURIComponent(matched.slug ?? "");
  } catch {
    return ["home"]; // a broken escape names no article; drop it with any publication
  }
  return matched.route.tags(slug);
}
