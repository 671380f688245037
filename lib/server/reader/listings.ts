import "server-only";
import { cacheTags } from "@/lib/cache-tags";
import { readerDb } from "@/lib/reader-db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { cached } from "../cache/reader-cache";
import { toArticleLanguage, type PublishedSummary } from "../articles/published-article";

export type ListingCursor = { publishedAt: Date; id: string };
export type ListingFilter = { sectionId?: string; tagId?: string; contributorId?: string };

const summarySelect = {
  id: true,
  articleId: true,
  slug: true,
  headline: true,
  dek: true,
  language: true,
  publishedAt: true,
  updatedAt: true,
  section: { select: { slug: true, name: true, nameEn: true } },
} satisfies Prisma.PublishedVersionSelect;

/** The cursor as it travels in a URL: `<ISO time>_<id>`; anything else starts from the top. */
export function parseCursor(value: string | undefined): ListingCursor | undefined {
  const match = /^(\d{4}-\d{2}-\d{2}T[\d:.]+Z)_([0-9a-f-]{36})$/i.exec(value ?? "");
  if (!match) return undefined;
  const publishedAt = new Date(match[1]!);
  return Number.isNaN(publishedAt.getTime()) ? undefined : { publishedAt, id: match[2]! };
}

export function formatCursor(cursor: ListingCursor): string {
  return `${cursor.publishedAt.toISOString()}_${cursor.id}`;
}

/**
 * Live articles, newest first, optionally one section's, tag's or contributor's, paged by
 * keyset on (publishedAt, id). Cached under the listing's tags until a publish touches it.
 */
export function listLive(
  filter: ListingFilter,
  options: { limit?: number; after?: ListingCursor } = {},
): Promise<{ items: PublishedSummary[]; next: ListingCursor | null }> {
  const limit = Math.min(Math.max(options.limit ?? 20, 1), 100);
  const key = `live:${filter.sectionId ?? ""}:${filter.tagId ?? ""}:${filter.contributorId ?? ""}:${limit}:${options.after ? formatCursor(options.after) : ""}`;
  const tags = [
    cacheTags.home,
    ...(filter.sectionId ? [cacheTags.section(filter.sectionId)] : []),
    ...(filter.tagId ? [cacheTags.tag(filter.tagId)] : []),
    ...(filter.contributorId ? [cacheTags.contributor(filter.contributorId)] : []),
  ];
  return cached(
    key,
    () => tags,
    () => loadLive(filter, limit, options.after),
  );
}

async function loadLive(filter: ListingFilter, limit: number, after?: ListingCursor) {
  const rows = await readerDb.publishedVersion.findMany({
    where: {
      isLive: true,
      liveFor: { status: "PUBLISHED" },
      ...(filter.sectionId ? { sectionId: filter.sectionId } : {}),
      ...(filter.tagId ? { tagIds: { has: filter.tagId } } : {}),
      ...(filter.contributorId ? { contributorIds: { has: filter.contributorId } } : {}),
      ...(after && {
        OR: [
          { publishedAt: { lt: after.publishedAt } },
          { publishedAt: after.publishedAt, id: { lt: after.id } },
        ],
      }),
    },
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: limit + 1,
    select: summarySelect,
  });
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: page.map(toSummary),
    next: rows.length > limit && last ? { publishedAt: last.publishedAt, id: last.id } : null,
  };
}

/** The live ones of these articles (by article id), in no particular order. */
export async function listLiveByIds(articleIds: readonly string[]): Promise<PublishedSummary[]> {
  if (articleIds.length === 0) return [];
  const rows = await readerDb.publishedVersion.findMany({
    where: { isLive: true, liveFor: { status: "PUBLISHED" }, articleId: { in: [...articleIds] } },
    select: summarySelect,
  });
  return rows.map(toSummary);
}

function toSummary(row: Prisma.PublishedVersionGetPayload<{ select: typeof summarySelect }>) {
  return {
    id: row.articleId,
    slug: row.slug,
    headline: row.headline,
    dek: row.dek,
    language: toArticleLanguage(row.language),
    section: row.section,
    publishedAt: row.publishedAt,
    updatedAt: row.updatedAt,
  };
}

/**
 * "Related": other live articles from the same section or sharing a tag, newest first.
 * Cached with the article's page (and dropped with the home page on any publish).
 */
export function listRelated(
  articleId: string,
  source: { sectionId: string | null; tagIds: string[] },
  limit = 5,
): Promise<PublishedSummary[]> {
  return cached(
    `related:${articleId}`,
    () => [cacheTags.home, cacheTags.article(articleId)],
    async () => {
      const alike: Prisma.PublishedVersionWhereInput[] = [
        ...(source.sectionId ? [{ sectionId: source.sectionId }] : []),
        ...(source.tagIds.length ? [{ tagIds: { hasSome: source.tagIds } }] : []),
      ];
      if (alike.length === 0) return [];
      const rows = await readerDb.publishedVersion.findMany({
        where: {
          isLive: true,
          liveFor: { status: "PUBLISHED" },
          articleId: { not: articleId },
          OR: alike,
        },
        orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
        take: limit,
        select: summarySelect,
      });
      return rows.map(toSummary);
    },
  );
}
