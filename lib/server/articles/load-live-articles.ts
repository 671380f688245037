import "server-only";
import type { LiveArticleData } from "@/lib/content/live-article";
import { readerDb } from "@/lib/reader-db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { readSnapshotCredits, toArticleLanguage } from "./published-article";

/**
 * What readers may see: the live snapshot of an article that is published now. Both
 * conditions, so a snapshot left live by mistake never outlives its unpublishing.
 */
export const liveSnapshotWhere = {
  isLive: true,
  liveFor: { is: { status: "PUBLISHED" } },
} satisfies Prisma.PublishedVersionWhereInput;

const liveArticleSelect = {
  id: true,
  articleId: true,
  number: true,
  slug: true,
  headline: true,
  dek: true,
  language: true,
  datelinePlace: true,
  bodyHtml: true,
  bylines: true,
  tagIds: true,
  publishedAt: true,
  updatedAt: true,
  section: { select: { id: true, slug: true, name: true, nameEn: true } },
} satisfies Prisma.PublishedVersionSelect;

/** A live article with the snapshot row's own id, which keyset paging orders by. */
export type LiveArticleRow = LiveArticleData & { versionId: string };

/**
 * Live articles matching `where` (always narrowed to live ones), newest first by
 * (publishedAt, snapshot id), with their tags' names read as they are now.
 */
export async function loadLiveArticles(options: {
  where?: Prisma.PublishedVersionWhereInput;
  take: number;
}): Promise<LiveArticleRow[]> {
  const rows = await readerDb.publishedVersion.findMany({
    where: { AND: [liveSnapshotWhere, options.where ?? {}] },
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: options.take,
    select: liveArticleSelect,
  });
  const tagIds = [...new Set(rows.flatMap((row) => row.tagIds))];
  const tags = tagIds.length
    ? await readerDb.tag.findMany({
        where: { id: { in: tagIds } },
        select: { id: true, slug: true, name: true },
      })
    : [];
  const tagById = new Map(tags.map((tag) => [tag.id, tag]));
  return rows.map((row) => ({
    id: row.articleId,
    versionId: row.id,
    number: row.number,
    slug: row.slug,
    headline: row.headline,
    dek: row.dek,
    language: toArticleLanguage(row.language),
    datelinePlace: row.datelinePlace,
    bodyHtml: row.bodyHtml,
    credits: readSnapshotCredits(row.bylines),
    section: row.section,
    tags: row.tagIds.flatMap((id) => {
      const tag = tagById.get(id);
      return tag ? [tag] : [];
    }),
    publishedAt: row.publishedAt,
    updatedAt: row.updatedAt,
  }));
}
