/**
 * Link targets the body may carry: http, https and mailto only. Its own module because
 * the editor needs it in the browser, and render-html (the reader's HTML) does not.
 */
const SAFE_PROTOCOLS = new Set(["http:", "https:", "mailto:"]);

/**
 * The href to emit, or null. Parsing with URL (as browsers do) defeats tricks such
 * as leading spaces, tabs inside `java\tscript:` or mixed case; relative URLs are
 * refused because body links always point elsewhere.
 */
export function safeHref(href: unknown): string | null {
  if (typeof href !== "string") return null;
  try {
    const url = new URL(href.trim());
    return SAFE_PROTOCOLS.has(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}
