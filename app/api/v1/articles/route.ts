import { parseArticleListQuery } from "@/lib/server/api/article-query";
import { listApiArticles } from "@/lib/server/api/list-articles";
import { servePublicJson } from "@/lib/server/api/serve-json";

export const dynamic = "force-dynamic";

/**
 * Content API: published articles as ninjs items, newest first, keyset-paged
 * (`limit` 1–100, `cursor` from the previous page's `next_cursor`), filtered by
 * `section` (slug), `tag` and `contributor` (slug or id) and `updated_since` (ISO 8601).
 */
export function GET(request: Request) {
  return servePublicJson(request, (origin) =>
    listApiArticles(parseArticleListQuery(new URL(request.url).searchParams), origin),
  );
}
