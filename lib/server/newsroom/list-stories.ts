import "server-only";
import type { ArticleStatus, Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import type { TStoryQuery } from "@/lib/schemas/stories";
import { newsroomTimeZone, wallTimeToInstant } from "@/lib/time-zone";
import { isOverdue } from "@/lib/workflow/due";
import type { Actor } from "@/lib/workflow/permissions";
import { hasUnpublishedChanges, liveSourceSelect, UNTOUCHED_DRAFT } from "../articles/draft-state";
import { visibleArticlesWhere } from "../articles/viewable-article";
import { findMatchingStoryIds } from "./story-search";

export type StoryRow = {
  id: string;
  headline: string;
  slug: string;
  status: ArticleStatus;
  sectionName: string | null;
  bylineNames: string[];
  statusChangedAt: Date;
  updatedAt: Date;
  isLive: boolean;
  hasUnpublishedChanges: boolean;
  dueAt: Date | null;
  /** Its deadline passed and it is not out yet. */
  isOverdue: boolean;
};

export type StoryPage = {
  rows: StoryRow[];
  /** The `after` of the next page, or null on the last one. */
  next: string | null;
  /** A search matched more stories than it considers (SEARCH_CAP): narrow it. */
  searchCapped: boolean;
};

const PAGE_SIZE = 50;

/** The start of a calendar day in the newsroom's time zone. */
function dayStart(date: string, plusDays = 0): Date | null {
  const [y, m, d] = date.split("-").map(Number);
  const day = new Date(Date.UTC(y!, m! - 1, d! + plusDays)).toISOString().slice(0, 10);
  return wallTimeToInstant(`${day}T00:00`, newsroomTimeZone());
}

/** Keyset paging on (updatedAt, id): `after` is "<ms>_<id>" of the last row shown. */
function afterWhere(after: string | undefined, ascending: boolean): Prisma.ArticleWhereInput {
  if (!after) return {};
  const [ms, id] = after.split("_");
  const at = new Date(Number(ms));
  const beyond = ascending ? { gt: at } : { lt: at };
  return {
    OR: [{ updatedAt: beyond }, { updatedAt: at, id: ascending ? { gt: id } : { lt: id } }],
  };
}

/**
 * "All stories" for this person: the stories they may see, filtered, searched and sorted
 * by last change, a page at a time (keyset, so page 200 costs what page 1 does).
 */
export async function listStories(
  actor: Actor,
  query: TStoryQuery = {},
  options: { limit?: number } = {},
): Promise<StoryPage> {
  const limit = Math.min(options.limit ?? PAGE_SIZE, 200);
  const ascending = query.sort === "changed-asc";
  const search = query.q ? await findMatchingStoryIds(query.q) : null;
  const from = query.from ? dayStart(query.from) : null;
  const to = query.to ? dayStart(query.to, 1) : null;
  const where: Prisma.ArticleWhereInput = {
    AND: [
      visibleArticlesWhere(actor),
      { NOT: UNTOUCHED_DRAFT },
      query.state ? { status: query.state } : {},
      query.section ? { sectionId: query.section } : {},
      query.author ? { bylines: { some: { contributorId: query.author } } } : {},
      query.tag ? { tags: { some: { tagId: query.tag } } } : {},
      from || to ? { updatedAt: { ...(from && { gte: from }), ...(to && { lt: to }) } } : {},
      search ? { id: { in: search.ids } } : {},
      afterWhere(query.after, ascending),
    ],
  };
  const order = ascending ? "asc" : "desc";
  const rows = await db.article.findMany({
    where,
    orderBy: [{ updatedAt: order }, { id: order }],
    take: limit + 1,
    select: {
      ...liveSourceSelect,
      id: true,
      headline: true,
      slug: true,
      statusChangedAt: true,
      updatedAt: true,
      dueAt: true,
      liveVersionId: true,
      section: { select: { name: true } },
      bylines: {
        select: { contributor: { select: { name: true } } },
        orderBy: { position: "asc" },
      },
    },
  });
  const shown = rows.slice(0, limit);
  const now = new Date();
  const last = shown.at(-1);
  return {
    rows: shown.map((row) => ({
      id: row.id,
      headline: row.headline,
      slug: row.slug,
      status: row.status,
      sectionName: row.section?.name ?? null,
      bylineNames: row.bylines.map((byline) => byline.contributor.name),
      statusChangedAt: row.statusChangedAt,
      updatedAt: row.updatedAt,
      isLive: row.status === "PUBLISHED" && row.liveVersionId !== null,
      hasUnpublishedChanges: hasUnpublishedChanges(row),
      dueAt: row.dueAt,
      isOverdue: isOverdue(row, now),
    })),
    next: rows.length > limit && last ? `${last.updatedAt.getTime()}_${last.id}` : null,
    searchCapped: search?.capped ?? false,
  };
}
