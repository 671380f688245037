import { getSitemapPage } from "@/lib/server/feeds/get-sitemaps";
import { serveDocument } from "@/lib/server/feeds/serve";

export const dynamic = "force-dynamic";

/** `/sitemaps/<n>.xml`: one page of the sitemap index (404 while the site needs none). */
export async function GET(request: Request, context: { params: Promise<{ page: string }> }) {
  const match = /^([1-9]\d{0,4})\.xml$/.exec((await context.params).page);
  return serveDocument(request, async (origin) =>
    match ? getSitemapPage(origin, Number(match[1])) : null,
  );
}
