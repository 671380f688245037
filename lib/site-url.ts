/**
 * The one rule for absolute links (canonical, og:image, JSON-LD, feeds, sitemaps, the
 * content API, share-preview and password-reset links): GALLEY_PUBLIC_URL, else the
 * publication's "Public address" setting (applied in lib/server/http/request-origin.ts:
 * it lives in the database), else the address the request came to. Pure, so the front server (lib/runtime, outside Next)
 * and the app decide with the same code.
 *
 * "The address the request came to" is the Host header (checked to be a plain host[:port])
 * over plain http, as Galley serves it. Behind a reverse proxy it trusts (GALLEY_TRUST_PROXY=1)
 * X-Forwarded-Proto, and X-Forwarded-Host when the proxy sets one; otherwise those headers
 * are client input and are ignored.
 */

/**
 * The origin the front server worked out for a request, passed on to Next (it replaces
 * whatever a client sent, see app-server.ts); pages and handlers read it first.
 */
export const ORIGIN_HEADER = "x-galley-origin";

const PLAIN_HOST = /^[a-z0-9.-]+(:\d{1,5})?$|^\[[0-9a-f:.]+\](:\d{1,5})?$/i;

export type OriginSource = {
  /** GALLEY_PUBLIC_URL. */
  configured?: string | undefined;
  host?: string | null | undefined;
  forwardedHost?: string | null | undefined;
  forwardedProto?: string | null | undefined;
  trustProxy: boolean;
};

/** The configured public origin (GALLEY_PUBLIC_URL), or null when none is set or it is not a URL. */
export function configuredOrigin(configured: string | undefined): string | null {
  if (!configured) return null;
  try {
    return new URL(configured).origin;
  } catch {
    return null;
  }
}

/** The first value of a header a proxy may have sent as a list ("a, b"). */
const firstOf = (value: string | null | undefined) => value?.split(",")[0]?.trim() || null;

/** The public origin for a request, or null when its Host names nothing usable. */
export function publicOriginFor(source: OriginSource): string | null {
  const configured = configuredOrigin(source.configured);
  if (configured) return configured;
  const host = (source.trustProxy && firstOf(source.forwardedHost)) || source.host;
  if (!host || !PLAIN_HOST.test(host)) return null;
  const proto = source.trustProxy ? firstOf(source.forwardedProto) : null;
  const protocol = proto === "https" ? "https:" : "http:";
  return `${protocol}//${host.toLowerCase()}`;
}

export function isTrustProxy(value: string | undefined): boolean {
  return ["1", "true", "yes"].includes(value ?? "");
}

/** When nothing better is known (a script outside any request). */
export const FALLBACK_ORIGIN = "http://localhost:3000";

/** A site path made absolute at `origin`. */
export function absoluteAt(origin: string, path: string): string {
  return `${origin.replace(/\/+$/, "")}${path.startsWith("/") ? path : `/${path}`}`;
}

/** A site path made absolute; an absolute http(s) URL (media on S3) as it is. */
export function absoluteMediaAt(origin: string, pathOrUrl: string): string {
  return /^https?:\/\//i.test(pathOrUrl) ? pathOrUrl : absoluteAt(origin, pathOrUrl);
}

/** `<link rel="alternate">` for the site's feeds, in every page's head. */
export const FEED_TYPES = {
  "application/rss+xml": "/feed.xml",
  "application/atom+xml": "/atom.xml",
  "application/feed+json": "/feed.json",
};
