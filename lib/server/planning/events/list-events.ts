import "server-only";
import { db } from "@/lib/db";
import { planWeek, type PlanWeek } from "@/lib/content/plan-week";
import type { EventSectionChoice, PlanEventView } from "@/lib/schemas/plan-events";
import { instantToWallTime, newsroomTimeZone, wallTimeToInstant } from "@/lib/time-zone";
import { can, type Actor } from "@/lib/workflow/permissions";
import { authorize } from "../../auth/authorize";

const EVENT_SELECT = {
  id: true,
  version: true,
  title: true,
  startsAt: true,
  endsAt: true,
  place: true,
  notes: true,
  links: true,
  section: { select: { id: true, name: true, nameEn: true } },
  planItems: {
    select: { id: true, headline: true },
    orderBy: [{ createdAt: "asc" as const }, { id: "asc" as const }],
  },
};

export type PlanEventRow = {
  id: string;
  version: number;
  title: string;
  startsAt: Date;
  endsAt: Date | null;
  place: string | null;
  notes: string | null;
  links: string[];
  section: { id: string; name: string; nameEn: string } | null;
  planItems: Array<{ id: string; headline: string }>;
};

/**
 * Events starting in [from, to), in time order, with their section and linked planned
 * items. A plain read: the caller has already decided the person may see the plan
 * (`plan.view` is everyone's), as the item page's "Event" choice will.
 */
export async function listEventsBetween(from: Date, to: Date): Promise<PlanEventRow[]> {
  return db.planEvent.findMany({
    where: { startsAt: { gte: from, lt: to } },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    select: EVENT_SELECT,
    // A week of a busy newsroom is dozens; the cap keeps a bad import from filling a page.
    take: 1_000,
  });
}

export type EventWeek = {
  week: PlanWeek;
  days: Array<{ day: string; events: PlanEventView[] }>;
  sections: EventSectionChoice[];
  canManage: boolean;
};

/**
 * /newsroom/planning/events: the week holding `asked` (this week by default), each day's
 * events in time order, and the desks an event may belong to. `plan.view` (everyone in
 * the newsroom; FORBIDDEN, audited, otherwise).
 */
export async function getEventWeek(actor: Actor, asked: string | null): Promise<EventWeek> {
  await authorize(actor, "plan.view", { resourceType: "plan-event" });
  const zone = newsroomTimeZone();
  const week = planWeek(asked, new Date(), zone);
  const from = wallTimeToInstant(`${week.days[0]}T00:00`, zone)!;
  const to = wallTimeToInstant(`${week.next}T00:00`, zone)!;
  const [rows, sections] = await Promise.all([
    listEventsBetween(from, to),
    db.section.findMany({
      where: { archivedAt: null },
      orderBy: [{ position: "asc" }, { id: "asc" }],
      select: { id: true, name: true, nameEn: true },
    }),
  ]);
  const views = rows.map((row) => toView(row, zone));
  return {
    week,
    days: week.days.map((day) => ({
      day,
      events: views.filter((event) => event.startsAt.startsWith(day)),
    })),
    sections,
    canManage: can(actor, "plan.manage"),
  };
}

function toView(row: PlanEventRow, zone: string): PlanEventView {
  const { planItems, startsAt, endsAt, ...rest } = row;
  return {
    ...rest,
    startsAt: instantToWallTime(startsAt, zone),
    endsAt: endsAt ? instantToWallTime(endsAt, zone) : null,
    items: planItems,
  };
}
