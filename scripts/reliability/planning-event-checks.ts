import crypto from "node:crypto";
import type { PrismaClient } from "../../lib/db-client";
import { can } from "../../lib/workflow/permissions";
import type { Check } from "./action-checks";

/**
 * A fresh event at version 1 (for edit and delete), and a fresh desk that has a calendar
 * feed (for "Regenerate address"); the fixture's own fresh section has none (for "Create feed").
 */
export async function makeFixturePlanning(
  db: PrismaClient,
  createdById: string,
): Promise<{ planEventId: string; feedSectionId: string }> {
  const id = crypto.randomUUID();
  const event = await db.planEvent.create({
    data: { title: `活動 ${id}`, startsAt: new Date("2031-01-06T02:00:00Z"), createdById },
    select: { id: true },
  });
  const desk = await db.section.create({
    data: {
      slug: `rel-feed-${id}`,
      name: `訂閱${id}`,
      nameEn: `Feed ${id}`,
      calendarFeed: { create: { token: crypto.randomBytes(32).toString("base64url") } },
    },
    select: { id: true },
  });
  return { planEventId: event.id, feedSectionId: desk.id };
}

const fresh = () => crypto.randomUUID().slice(0, 8);

/**
 * /newsroom/planning/events (`plan.manage`: editors and admins) and the desks' calendar
 * feeds (`plan.manage`, or heading the desk: no one heads the fixture's desks).
 */
export function planningEventChecks(): Check[] {
  const allowed: Check["allowed"] = (a) => can(a, "plan.manage");
  return [
    {
      action: "createPlanEventAction",
      args: () => [{ title: `記者會 ${fresh()}`, startsAt: "2031-01-07T10:00" }],
      allowed,
      effect: (db) => db.planEvent.count(),
    },
    {
      action: "updatePlanEventAction",
      args: (f) => [
        {
          eventId: f.planEventId,
          version: 1,
          title: `改期 ${fresh()}`,
          startsAt: "2031-01-08T10:00",
        },
      ],
      allowed,
      effect: (db, f) =>
        db.planEvent.findUnique({
          where: { id: f.planEventId },
          select: { title: true, version: true },
        }),
    },
    {
      action: "deletePlanEventAction",
      args: (f) => [{ eventId: f.planEventId }],
      allowed,
      effect: (db, f) => db.planEvent.count({ where: { id: f.planEventId } }),
    },
    {
      action: "createCalendarFeedAction",
      args: (f) => [{ feed: f.sectionId }],
      allowed,
      effect: (db, f) => db.calendarFeed.count({ where: { sectionId: f.sectionId } }),
    },
    {
      action: "regenerateCalendarFeedAction",
      args: (f) => [{ feed: f.feedSectionId }],
      allowed,
      effect: (db, f) =>
        db.calendarFeed.findUnique({
          where: { sectionId: f.feedSectionId },
          select: { token: true },
        }),
    },
  ];
}

/** Refused calls to fuzz: no title, an event or a desk that does not exist. */
export function planningEventHostileCalls(uuid: () => string): Record<string, () => unknown[]> {
  return {
    createPlanEventAction: () => [{ title: "", startsAt: "2031-01-07T10:00" }],
    updatePlanEventAction: () => [
      { eventId: uuid(), version: 1, title: "改期", startsAt: "2031-01-08T10:00" },
    ],
    deletePlanEventAction: () => [{ eventId: uuid() }],
    createCalendarFeedAction: () => [{ feed: uuid() }],
    regenerateCalendarFeedAction: () => [{ feed: uuid() }],
  };
}
