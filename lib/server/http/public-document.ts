import "server-only";
import { createHash } from "node:crypto";
import { originOfHeaders, settingOrigin } from "./request-origin";

/** A generated public document (feed, sitemap, API answer) with its validator. */
export type PublicDocument = { body: string; contentType: string; etag: string };

/** Shared caches (a CDN, nginx) keep it a minute and may serve it stale while refreshing. */
export const PUBLIC_CACHE_CONTROL = "public, s-maxage=60, stale-while-revalidate=600";

export function makeDocument(body: string, contentType: string): PublicDocument {
  const hash = createHash("sha256").update(body).digest("base64url").slice(0, 32);
  return { body, contentType, etag: `"${hash}"` };
}

/**
 * 200 with the document, or 304 when the client already holds this exact body
 * (If-None-Match names its ETag, weakly or not, or is `*`).
 */
export function documentResponse(
  request: Request,
  document: PublicDocument,
  extraHeaders: Record<string, string> = {},
): Response {
  const headers = {
    "cache-control": PUBLIC_CACHE_CONTROL,
    etag: document.etag,
    ...extraHeaders,
  };
  if (matchesEtag(request.headers.get("if-none-match"), document.etag)) {
    return new Response(null, { status: 304, headers });
  }
  return new Response(document.body, {
    status: 200,
    headers: { ...headers, "content-type": document.contentType },
  });
}

function matchesEtag(header: string | null, etag: string): boolean {
  if (!header) return false;
  return header
    .split(",")
    .map((candidate) => candidate.trim().replace(/^W\//, ""))
    .some((candidate) => candidate === "*" || candidate === etag);
}

/** The origin absolute URLs are built from: lib/site-url.ts's one rule (see request-origin.ts). */
export async function publicOrigin(request: Request): Promise<string> {
  return originOfHeaders(request.headers, new URL(request.url).origin, await settingOrigin());
}
