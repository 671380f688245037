import "server-only";
import { log } from "@/lib/log";
import { documentResponse, publicOrigin, type PublicDocument } from "../http/public-document";
import { getFeed, type FeedFormat } from "./get-feed";

/** The route handlers' shared shape: a cached document with ETag, 304 and CDN headers. */
export async function serveDocument(
  request: Request,
  load: (origin: string) => Promise<PublicDocument | null> | PublicDocument,
  extraHeaders: Record<string, string> = {},
): Promise<Response> {
  try {
    const document = await load(await publicOrigin(request));
    if (!document) {
      return new Response("Not found.\n", {
        status: 404,
        headers: { "content-type": "text/plain; charset=utf-8" },
      });
    }
    return documentResponse(request, document, extraHeaders);
  } catch (error) {
    log.error({ err: error }, "could not build a public document");
    return new Response("This document could not be built just now; try again shortly.\n", {
      status: 503,
      headers: { "content-type": "text/plain; charset=utf-8", "retry-after": "30" },
    });
  }
}

/** A feed route: the site's feed, or the section's named by the URL. */
export function serveFeed(request: Request, format: FeedFormat, sectionSlug?: string) {
  return serveDocument(
    request,
    (origin) => getFeed({ format, origin, ...(sectionSlug === undefined ? {} : { sectionSlug }) }),
    // JSON Feed is read by scripts in other sites' pages too.
    format === "json" ? { "access-control-allow-origin": "*" } : {},
  );
}
