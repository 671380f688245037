import "server-only";
import type { ArticleStatus } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";

export type StoryRow = {
  id: string;
  headline: string;
  slug: string;
  status: ArticleStatus;
  sectionName: string | null;
  statusChangedAt: Date;
  isLive: boolean;
};

/** The newsroom's story list, most recently changed first (keyset on updatedAt, id). */
export async function listStories(options: { limit?: number } = {}): Promise<StoryRow[]> {
  const rows = await db.article.findMany({
    orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
    take: Math.min(options.limit ?? 50, 200),
    select: {
      id: true,
      headline: true,
      slug: true,
      status: true,
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
  }));
}
