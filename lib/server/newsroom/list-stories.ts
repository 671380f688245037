import "server-only";
import type { ArticleStatus } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/workflow/permissions";
import { hasUnpublishedChanges, liveSourceSelect, UNTOUCHED_DRAFT } from "../articles/draft-state";
import { visibleArticlesWhere } from "../articles/viewable-article";

export type StoryRow = {
  id: string;
  headline: string;
  slug: string;
  status: ArticleStatus;
  sectionName: string | null;
  statusChangedAt: Date;
  isLive: boolean;
  hasUnpublishedChanges: boolean;
};

/** The newsroom's story list for this person, most recently changed first. */
export async function listStories(
  actor: Actor,
  options: { limit?: number } = {},
): Promise<StoryRow[]> {
  const rows = await db.article.findMany({
    where: { AND: [visibleArticlesWhere(actor), { NOT: UNTOUCHED_DRAFT }] },
    orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
    take: Math.min(options.limit ?? 50, 200),
    select: {
      ...liveSourceSelect,
      id: true,
      headline: true,
      slug: true,
      statusChangedAt: true,
      liveVersionId: true,
      section: { select: { name: true } },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    headline: row.headline,
    slug: row.slug,
    status: row.status,
    sectionName: row.section?.name ?? null,
    statusChangedAt: row.statusChangedAt,
    isLive: row.status === "PUBLISHED" && row.liveVersionId !== null,
    hasUnpublishedChanges: hasUnpublishedChanges(row),
  }));
}
