import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/workflow/permissions";
import { authorize } from "../../auth/authorize";
import { managesAllDesks } from "./feed-access";

export type FeedRow = {
  /** null: the person's own calendar. */
  sectionId: string | null;
  name: string | null;
  nameEn: string | null;
  token: string | null;
};

/**
 * /newsroom/planning/feeds: the person's own feed, then one per unarchived desk they may
 * manage (every desk with `plan.manage`, else the desks they head), in the newsroom's
 * order; `token` null where none was created yet.
 */
export async function listFeeds(actor: Actor): Promise<FeedRow[]> {
  await authorize(actor, "plan.view", { resourceType: "calendar-feed" });
  const [mine, sections] = await Promise.all([
    db.calendarFeed.findUnique({ where: { userId: actor.id }, select: { token: true } }),
    db.section.findMany({
      where: {
        archivedAt: null,
        ...(managesAllDesks(actor) ? {} : { heads: { some: { userId: actor.id } } }),
      },
      orderBy: [{ position: "asc" }, { id: "asc" }],
      select: { id: true, name: true, nameEn: true, calendarFeed: { select: { token: true } } },
    }),
  ]);
  return [
    { sectionId: null, name: null, nameEn: null, token: mine?.token ?? null },
    ...sections.map((section) => ({
      sectionId: section.id,
      name: section.name,
      nameEn: section.nameEn,
      token: section.calendarFeed?.token ?? null,
    })),
  ];
}
