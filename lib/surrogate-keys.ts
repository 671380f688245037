/**
 * Surrogate keys for shared caches in front of Galley (a CDN, or nginx): a reader page
 * carries its cache tags (lib/reader-routes.ts) as `Surrogate-Key` (Fastly: space
 * separated) and `Cache-Tag` (Cloudflare: comma separated). Every invalidation names
 * tags of the same vocabulary, so purging by the invalidation's tags drops exactly the
 * pages Galley's own page cache drops (nginx: lib/runtime/proxy-purge.ts; CDNs:
 * lib/server/cache/purge-hook.ts). Pure and relative-imported, like lib/reader-routes.ts.
 */

/** A tag as a key: printable ASCII without spaces or commas (a slug may be Chinese). */
export function surrogateKey(tag: string): string {
  return encodeURIComponent(tag).replace(/%3A/gi, ":");
}

export function surrogateHeaders(tags: readonly string[]): Record<string, string> {
  const keys = [...new Set(tags.map(surrogateKey))];
  return { "surrogate-key": keys.join(" "), "cache-tag": keys.join(",") };
}
