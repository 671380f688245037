import ICAL from "ical.js";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/workflow/permissions";
import { createAssignment, createPlanItem, createUser } from "@/prisma/factories";
import { createFeed } from "./create-feed";
import { getFeedCalendar } from "./get-feed-calendar";
import { listFeeds } from "./list-feeds";
import { regenerateFeed } from "./regenerate-feed";

afterAll(() => db.$disconnect());

const origin = "https://news.example";
const DAY = 86_400_000;
const person = async (role: Actor["role"]) => {
  const row = await createUser(db, { role });
  return { actor: { id: row.id, role } satisfies Actor, row };
};
const section = () => {
  const id = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
  return db.section.create({ data: { slug: `feed-${id}`, name: `版${id}`, nameEn: `Desk ${id}` } });
};
const refused = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error("expected a refusal");
    },
    (error: AppError) => ({ code: error.code, message: error.message }),
  );

/** The feed as a calendar app reads it: each VEVENT's UID and summary. */
function parse(text: string) {
  return new ICAL.Component(ICAL.parse(text))
    .getAllSubcomponents("vevent")
    .map((vevent) => new ICAL.Event(vevent))
    .map((event) => ({
      uid: event.uid,
      summary: event.summary,
      description: event.description,
      start: event.startDate.toJSDate().toISOString(),
    }));
}

describe("calendar feeds", () => {
  it("a person's feed holds their pending and accepted assignments and the events they cover", async () => {
    const { actor: editor } = await person("EDITOR");
    const { actor: reporter, row } = await person("REPORTER");
    const event = await db.planEvent.create({
      data: {
        title: "立法會辯論",
        startsAt: new Date(Date.now() + 2 * DAY),
        createdById: editor.id,
      },
    });
    const item = await createPlanItem(db, {
      pitchedById: editor.id,
      day: "2031-01-01",
      headline: "預算案，辯論；第二日",
      eventId: event.id,
    });
    await db.planItem.update({ where: { id: item.id }, data: { summary: "議員發言摘要" } });
    const deadline = new Date(Math.floor((Date.now() + DAY) / 1000) * 1000);
    const pending = await createAssignment(db, {
      planItemId: item.id,
      userId: reporter.id,
      assignedById: editor.id,
      deadline,
    });
    const spiked = await createPlanItem(db, {
      pitchedById: editor.id,
      day: "2031-01-01",
      status: "SPIKED",
    });
    await createAssignment(db, {
      planItemId: spiked.id,
      userId: reporter.id,
      assignedById: editor.id,
    });
    await createAssignment(db, {
      planItemId: item.id,
      userId: reporter.id,
      assignedById: editor.id,
      status: "DECLINED",
    });
    await createAssignment(db, {
      planItemId: item.id,
      userId: reporter.id,
      assignedById: editor.id,
      deadline: new Date(Date.now() + 200 * DAY),
    });

    const { token } = await createFeed(reporter, { feed: "mine" });
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await createFeed(reporter, { feed: "mine" })).toEqual({ token });
    const feeds = await listFeeds(reporter);
    expect(feeds).toEqual([{ sectionId: null, name: null, nameEn: null, token }]);

    const events = parse((await getFeedCalendar(token, origin))!);
    expect(events).toEqual([
      {
        uid: `assignment-${pending.id}@galley`,
        summary: "截稿 Deadline: 預算案，辯論；第二日 (記者 Reporter)",
        description: `議員發言摘要\n\n${origin}/newsroom/planning/items/${item.id}`,
        start: deadline.toISOString(),
      },
      expect.objectContaining({ uid: `event-${event.id}@galley`, summary: "立法會辯論" }),
    ]);

    await db.user.update({ where: { id: row.id }, data: { isActive: false } });
    expect(await getFeedCalendar(token, origin)).toBeNull();
  });

  it("regenerating makes the old address stop answering at once", async () => {
    const { actor } = await person("REPORTER");
    expect(await refused(regenerateFeed(actor, { feed: "mine" }))).toMatchObject({
      code: "NOT_FOUND",
    });
    const { token } = await createFeed(actor, { feed: "mine" });
    const fresh = await regenerateFeed(actor, { feed: "mine" });
    expect(fresh.token).not.toBe(token);
    expect(await getFeedCalendar(token, origin)).toBeNull();
    expect(await getFeedCalendar(fresh.token, origin)).toContain("BEGIN:VCALENDAR");
    expect(await getFeedCalendar("not a token", origin)).toBeNull();
  });

  it("a desk's feed is for editors and the desk's heads; a reporter is refused, nothing written", async () => {
    const desk = await section();
    const { actor: reporter } = await person("REPORTER");
    expect(await refused(createFeed(reporter, { feed: desk.id }))).toMatchObject({
      code: "FORBIDDEN",
    });
    expect(await db.calendarFeed.count({ where: { sectionId: desk.id } })).toBe(0);
    expect(
      await db.auditLog.count({
        where: { actorId: reporter.id, action: "plan.manage", outcome: "DENIED" },
      }),
    ).toBe(1);
    expect((await listFeeds(reporter)).map((feed) => feed.sectionId)).toEqual([null]);
    // Heading the desk is enough, whatever the role.
    await db.sectionHead.create({ data: { sectionId: desk.id, userId: reporter.id } });
    expect((await listFeeds(reporter)).map((feed) => feed.sectionId)).toEqual([null, desk.id]);
    const { token } = await createFeed(reporter, { feed: desk.id });
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it("a desk's feed holds its planned items' assignments and its events; archived, it answers nothing", async () => {
    const desk = await section();
    const { actor: editor } = await person("EDITOR");
    const { row: photographer } = await person("REPORTER");
    const planned = await createPlanItem(db, {
      pitchedById: editor.id,
      day: "2031-01-01",
      sectionId: desk.id,
    });
    const pitched = await createPlanItem(db, {
      pitchedById: editor.id,
      day: "2031-01-01",
      sectionId: desk.id,
      status: "PITCHED",
    });
    const accepted = await createAssignment(db, {
      planItemId: planned.id,
      userId: photographer.id,
      assignedById: editor.id,
      role: "PHOTOGRAPHER",
      status: "ACCEPTED",
    });
    await createAssignment(db, {
      planItemId: pitched.id,
      userId: photographer.id,
      assignedById: editor.id,
    });
    const event = await db.planEvent.create({
      data: {
        title: "球賽",
        startsAt: new Date(Date.now() + 3 * DAY),
        createdById: editor.id,
        sectionId: desk.id,
      },
    });
    await db.planEvent.create({
      data: {
        title: "太久以前",
        startsAt: new Date(Date.now() - 60 * DAY),
        createdById: editor.id,
        sectionId: desk.id,
      },
    });
    const { token } = await createFeed(editor, { feed: desk.id });
    const events = parse((await getFeedCalendar(token, origin))!);
    expect(events.map((event) => event.uid)).toEqual([
      `assignment-${accepted.id}@galley`,
      `event-${event.id}@galley`,
    ]);
    expect(events[0]!.summary).toBe(
      `截稿 Deadline: ${planned.headline} (${photographer.name}, 攝影 Photographer)`,
    );
    await db.section.update({ where: { id: desk.id }, data: { archivedAt: new Date() } });
    expect(await getFeedCalendar(token, origin)).toBeNull();
    expect(await refused(regenerateFeed(editor, { feed: desk.id }))).toMatchObject({
      code: "NOT_FOUND",
    });
  });
});
