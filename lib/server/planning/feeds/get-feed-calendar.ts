import "server-only";
import { db } from "@/lib/db";
import { mondayOf } from "@/lib/content/plan-week";
import {
  buildPlanCalendar,
  type CalendarAssignment,
  type CalendarEvent,
} from "@/lib/content/plan-calendar";
import type { Prisma } from "@/lib/generated/prisma/client";
import { instantToWallTime, newsroomTimeZone } from "@/lib/time-zone";
import { FEED_TOKEN } from "./feed-access";

const DAY_MS = 86_400_000;
/** What a phone needs: the month behind (for "what did I file") and four months ahead. */
export const FEED_DAYS_BACK = 30;
export const FEED_DAYS_AHEAD = 120;

const ASSIGNMENT_SELECT = {
  id: true,
  role: true,
  deadline: true,
  note: true,
  user: { select: { name: true } },
  planItem: { select: { id: true, headline: true, summary: true } },
} satisfies Prisma.AssignmentSelect;

const EVENT_SELECT = {
  id: true,
  title: true,
  startsAt: true,
  endsAt: true,
  place: true,
  notes: true,
  links: true,
} satisfies Prisma.PlanEventSelect;

/**
 * The iCalendar text behind /calendar/<token>.ics, or null when the token names no feed,
 * or a deactivated person's, or an archived desk's (all answer the same 404). No session:
 * the token is the key.
 *
 * A person's feed: their PENDING and ACCEPTED assignments on items still on the plan, and
 * the events those items cover. A desk's: the live assignments on its section's planned
 * items (not pitched, declined or spiked) and the section's events. From 30 days back to
 * 120 ahead.
 */
export async function getFeedCalendar(
  token: string,
  origin: string,
  now = new Date(),
): Promise<string | null> {
  if (!FEED_TOKEN.test(token)) return null;
  const feed = await db.calendarFeed.findUnique({
    where: { token },
    select: {
      user: { select: { id: true, name: true, isActive: true } },
      section: { select: { id: true, name: true, nameEn: true, archivedAt: true } },
    },
  });
  if (!feed) return null;
  const window = {
    gte: new Date(now.getTime() - FEED_DAYS_BACK * DAY_MS),
    lt: new Date(now.getTime() + FEED_DAYS_AHEAD * DAY_MS),
  };
  const live = { status: { in: ["PENDING" as const, "ACCEPTED" as const] }, deadline: window };
  let name: string;
  let assignments;
  let events;
  if (feed.user) {
    if (!feed.user.isActive) return null;
    name = feed.user.name;
    assignments = await db.assignment.findMany({
      where: {
        ...live,
        userId: feed.user.id,
        planItem: { status: { notIn: ["SPIKED", "DECLINED"] } },
      },
      orderBy: [{ deadline: "asc" }, { id: "asc" }],
      select: {
        ...ASSIGNMENT_SELECT,
        planItem: { select: { ...ASSIGNMENT_SELECT.planItem.select, eventId: true } },
      },
    });
    const eventIds = [...new Set(assignments.flatMap((a) => a.planItem.eventId ?? []))];
    events = await db.planEvent.findMany({
      where: { id: { in: eventIds }, startsAt: window },
      orderBy: [{ startsAt: "asc" }, { id: "asc" }],
      select: EVENT_SELECT,
    });
  } else if (feed.section && !feed.section.archivedAt) {
    name = `${feed.section.name} ${feed.section.nameEn}`;
    [assignments, events] = await Promise.all([
      db.assignment.findMany({
        where: { ...live, planItem: { sectionId: feed.section.id, status: "PLANNED" } },
        orderBy: [{ deadline: "asc" }, { id: "asc" }],
        select: ASSIGNMENT_SELECT,
      }),
      db.planEvent.findMany({
        where: { sectionId: feed.section.id, startsAt: window },
        orderBy: [{ startsAt: "asc" }, { id: "asc" }],
        select: EVENT_SELECT,
      }),
    ]);
  } else return null;
  const isDesk = !feed.user;
  const zone = newsroomTimeZone();
  return buildPlanCalendar({
    name: `${name} · 計劃 Planning`,
    origin,
    now,
    assignments: assignments.map((row): CalendarAssignment => ({
      id: row.id,
      role: row.role,
      deadline: row.deadline,
      note: row.note,
      assignee: isDesk ? row.user.name : null,
      item: { id: row.planItem.id, headline: row.planItem.headline, summary: row.planItem.summary },
    })),
    events: events satisfies CalendarEvent[],
    eventUrl: (event) =>
      `${origin}/newsroom/planning/events?week=${mondayOf(instantToWallTime(event.startsAt, zone).slice(0, 10))}`,
  });
}
