/**
 * The public address of the reader site, for canonical links, feeds and structured data:
 * GALLEY_PUBLIC_URL, else the URL next-auth is told (npm start sets it), else localhost.
 */
export function siteUrl(): string {
  const url = process.env.GALLEY_PUBLIC_URL || process.env.NEXTAUTH_URL || "http://localhost:3000";
  return url.replace(/\/+$/, "");
}

export function absoluteUrl(path: string): string {
  return `${siteUrl()}${path.startsWith("/") ? path : `/${path}`}`;
}

/** A site path made absolute; an absolute http(s) URL (media on S3) as it is. */
export function absoluteMediaUrl(pathOrUrl: string): string {
  return /^https?:\/\//i.test(pathOrUrl) ? pathOrUrl : absoluteUrl(pathOrUrl);
}

/** `<link rel="alternate">` for the site's feeds, in every page's head. */
export const FEED_TYPES = {
  "application/rss+xml": "/feed.xml",
  "application/atom+xml": "/atom.xml",
  "application/feed+json": "/feed.json",
};
