import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { can, type Actor } from "@/lib/workflow/permissions";
import { planState } from "@/lib/workflow/plan-state";
import { authorize } from "../../auth/authorize";
import type { PlanItemView } from "@/lib/schemas/plan-item-view";

const DAY_MS = 86_400_000;

/**
 * A planned item (or pitch) as its page shows it, with what this person may do there.
 * Everyone in the newsroom may look (`plan.view`): planning is shared.
 */
export async function getPlanItem(actor: Actor, itemId: string): Promise<PlanItemView> {
  await authorize(actor, "plan.view", { resourceType: "plan-item", resourceId: itemId });
  const item = await db.planItem.findUnique({
    where: { id: itemId },
    select: {
      id: true,
      status: true,
      headline: true,
      summary: true,
      sectionId: true,
      section: { select: { name: true, nameEn: true, nameHans: true } },
      day: true,
      expectedLength: true,
      lengthUnit: true,
      needs: true,
      webSlot: true,
      printPage: true,
      decisionNote: true,
      decidedAt: true,
      version: true,
      createdAt: true,
      pitchedBy: { select: { id: true, name: true } },
      decidedBy: { select: { name: true } },
      event: { select: { id: true, title: true, startsAt: true, place: true } },
      eventId: true,
      article: {
        select: {
          id: true,
          headline: true,
          status: true,
          reviewChain: true,
          reviewStage: true,
          dueAt: true,
        },
      },
      assignments: {
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: {
          id: true,
          userId: true,
          role: true,
          deadline: true,
          note: true,
          status: true,
          declineReason: true,
          respondedAt: true,
          user: { select: { name: true, isActive: true } },
          assignedBy: { select: { name: true } },
        },
      },
    },
  });
  if (!item) throw new AppError("NOT_FOUND", "There is no such planned item.");
  const manage = can(actor, "plan.manage");
  const acceptedByMe = item.assignments.some(
    (a) => a.userId === actor.id && a.status === "ACCEPTED",
  );
  return {
    ...item,
    day: item.day.toISOString().slice(0, 10),
    state: planState(item),
    may: {
      manage,
      startStory:
        item.status === "PLANNED" &&
        !item.article &&
        can(actor, "article.create") &&
        (manage || acceptedByMe),
    },
  };
}

/**
 * What an editor's forms on the item page choose from: live sections, active people, the
 * events around the item's day, and the section's recent stories no item has yet.
 */
export async function getPlanItemOptions(item: Pick<PlanItemView, "day" | "sectionId">) {
  const day = new Date(`${item.day}T00:00:00Z`).getTime();
  const [sections, people, events, stories] = await Promise.all([
    db.section.findMany({
      where: { archivedAt: null },
      orderBy: [{ position: "asc" }, { id: "asc" }],
      select: { id: true, name: true, nameEn: true, nameHans: true },
    }),
    db.user.findMany({
      where: { isActive: true },
      orderBy: [{ name: "asc" }, { id: "asc" }],
      select: { id: true, name: true, role: true },
    }),
    db.planEvent.findMany({
      where: { startsAt: { gte: new Date(day - 7 * DAY_MS), lt: new Date(day + 8 * DAY_MS) } },
      orderBy: [{ startsAt: "asc" }, { id: "asc" }],
      take: 100,
      select: { id: true, title: true, startsAt: true },
    }),
    db.article.findMany({
      where: {
        planItem: null,
        headline: { not: "" },
        status: { notIn: ["ARCHIVED"] },
        ...(item.sectionId ? { sectionId: item.sectionId } : {}),
      },
      orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
      take: 50,
      select: { id: true, headline: true, status: true },
    }),
  ]);
  return { sections, people, events, stories };
}
export type PlanItemOptions = Awaited<ReturnType<typeof getPlanItemOptions>>;
