import "server-only";
import { cacheTags } from "@/lib/cache-tags";
import { db } from "@/lib/db";
import { cached } from "../cache/reader-cache";
import { toArticleLanguage, type PublishedSummary } from "./published-article";

export type PublishedCursor = { publishedAt: Date; id: string };

/**
 * Live articles, newest first, paged by keyset on (publishedAt, id) so that a page
 * costs the same at the millionth article as at the first.
 */
export function listPublishedArticles(
  options: { limit?: number; after?: PublishedCursor } = {},
): Promise<{ items: PublishedSummary[]; next: PublishedCursor | null }> {
  const key = `listing:${options.limit ?? 20}:${options.after?.publishedAt.toISOString() ?? ""}:${options.after?.id ?? ""}`;
  return cached(
    key,
    () => [cacheTags.home, cacheTags.feeds],
    () => loadPublishedArticles(options),
  );
}

async function loadPublishedArticles(
  options: { limit?: number; after?: PublishedCursor } = {},
): Promise<{
  items: PublishedSummary[];
  next: PublishedCursor | null;
}> {
  const limit = Math.min(Math.max(options.limit ?? 20, 1), 100);
  const after = options.after;
  const rows = await db.publishedVersion.findMany({
    where: {
      isLive: true,
      ...(after && {
        OR: [
          { publishedAt: { lt: after.publishedAt } },
          { publishedAt: after.publishedAt, id: { lt: after.id } },
        ],
      }),
    },
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: limit + 1,
    select: {
      id: true,
      articleId: true,
      slug: true,
      headline: true,
      dek: true,
      language: true,
      publishedAt: true,
      updatedAt: true,
      section: { select: { slug: true, name: true, nameEn: true } },
    },
  });
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: page.map((row) => ({
      id: row.articleId,
      slug: row.slug,
      headline: row.headline,
      dek: row.dek,
      language: toArticleLanguage(row.language),
      section: row.section,
      publishedAt: row.publishedAt,
      updatedAt: row.updatedAt,
    })),
    next: rows.length > limit && last ? { publishedAt: last.publishedAt, id: last.id } : null,
  };
}
