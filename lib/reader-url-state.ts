/**
 * What the reader site's header needs from the address, which a layout cannot read: the
 * script the reader chose (its links carry it on) and, on /search, the query (its search
 * box keeps it). proxy.ts always sets this header, so a client's own value never counts.
 * Both come from the URL, which the page cache keys on, so a cached page stays right.
 */
export const READER_URL_HEADER = "x-galley-reader-url";

export function readerUrlState(url: URL): string {
  const script = url.searchParams.get("script");
  const q = url.pathname === "/search" ? (url.searchParams.get("q") ?? "") : "";
  // URLSearchParams encodes to ASCII, as a header value must be.
  return new URLSearchParams({
    script: script === "hans" || script === "hant" ? script : "",
    q: q.slice(0, 1_000),
  }).toString();
}

export function readReaderUrlState(value: string | null): { script: string; q: string } {
  const params = new URLSearchParams(value ?? "");
  return { script: params.get("script") ?? "", q: params.get("q") ?? "" };
}
