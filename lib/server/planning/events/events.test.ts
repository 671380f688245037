import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { AppError } from "@/lib/errors";
import {
  ZCreatePlanEvent,
  ZUpdatePlanEvent,
  type TPlanEventFormInput,
} from "@/lib/schemas/plan-events";
import type { Actor } from "@/lib/workflow/permissions";
import { createPlanItem, createUser } from "@/prisma/factories";
import { createEvent } from "./create-event";
import { deleteEvent } from "./delete-event";
import { getEventWeek, listEventsBetween } from "./list-events";
import { updateEvent } from "./update-event";

afterAll(() => db.$disconnect());

// The newsroom's zone in tests is the default, Asia/Shanghai (UTC+8, no clock changes).
const person = async (role: Actor["role"], name?: string) => {
  const row = await createUser(db, { role, ...(name ? { name } : {}) });
  return { id: row.id, role } satisfies Actor;
};

const form = (fields: Partial<TPlanEventFormInput> = {}) =>
  ZCreatePlanEvent.parse({ title: "教育局記者會", startsAt: "2031-05-06T10:00", ...fields });

const refused = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error("expected a refusal");
    },
    (error: AppError) => ({ code: error.code, ...error.details, message: error.message }),
  );

const stored = (id: string) => db.planEvent.findUnique({ where: { id } });

describe("planning events", () => {
  it("an editor creates an event in the newsroom's zone, audited; the week shows it", async () => {
    const editor = await person("EDITOR");
    const section = await db.section.create({
      data: { slug: `ev-${Date.now()}`, name: `活動${Date.now()}`, nameEn: `Events ${Date.now()}` },
    });
    const { id } = await createEvent(
      editor,
      form({
        endsAt: "2031-05-06T11:30",
        place: "政府總部",
        notes: "帶名片",
        links: "https://gov.example/a\nhttp://gov.example/b\n\n",
        sectionId: section.id,
      }),
    );
    expect(await stored(id)).toMatchObject({
      title: "教育局記者會",
      startsAt: new Date("2031-05-06T02:00:00Z"),
      endsAt: new Date("2031-05-06T03:30:00Z"),
      links: ["https://gov.example/a", "http://gov.example/b"],
      sectionId: section.id,
      createdById: editor.id,
      version: 1,
    });
    const audit = await db.auditLog.findFirst({
      where: { resourceId: id, action: "plan.manage", outcome: "ALLOWED" },
    });
    expect(audit?.details).toMatchObject({ change: "create" });
    const item = await createPlanItem(db, {
      pitchedById: editor.id,
      day: "2031-05-06",
      eventId: id,
    });
    const week = await getEventWeek(await person("REPORTER"), "2031-05-08");
    expect(week.week.days[0]).toBe("2031-05-05");
    expect(week.canManage).toBe(false);
    const tuesday = week.days.find((day) => day.day === "2031-05-06")!;
    expect(tuesday.events.map((event) => event)).toContainEqual(
      expect.objectContaining({
        id,
        startsAt: "2031-05-06T10:00",
        endsAt: "2031-05-06T11:30",
        items: [{ id: item.id, headline: item.headline }],
      }),
    );
    const between = await listEventsBetween(
      new Date("2031-05-06T00:00:00Z"),
      new Date("2031-05-07T00:00:00Z"),
    );
    expect(between.map((event) => event.id)).toContain(id);
  });

  it("refuses a reporter (audited) and writes nothing", async () => {
    const reporter = await person("REPORTER");
    expect(await refused(createEvent(reporter, form()))).toMatchObject({ code: "FORBIDDEN" });
    // Counted by who asked: other test files add events to the shared database.
    expect(await db.planEvent.count({ where: { createdById: reporter.id } })).toBe(0);
    const editor = await person("EDITOR");
    const { id } = await createEvent(editor, form());
    const edit = ZUpdatePlanEvent.parse({
      eventId: id,
      version: 1,
      title: "改",
      startsAt: "2031-05-06T10:00",
    });
    expect(await refused(updateEvent(reporter, edit))).toMatchObject({ code: "FORBIDDEN" });
    expect(await refused(deleteEvent(reporter, { eventId: id }))).toMatchObject({
      code: "FORBIDDEN",
    });
    expect(await stored(id)).toMatchObject({ title: "教育局記者會", version: 1 });
    expect(
      await db.auditLog.count({
        where: { actorId: reporter.id, action: "plan.manage", outcome: "DENIED" },
      }),
    ).toBe(3);
  });

  it("refuses bad links and times with a sentence beside the field", () => {
    const issues = (fields: Partial<TPlanEventFormInput>) => {
      const parsed = ZCreatePlanEvent.safeParse({
        title: "x",
        startsAt: "2031-05-06T10:00",
        ...fields,
      });
      return parsed.success ? null : parsed.error.issues.map((i) => [i.path.join("."), i.message]);
    };
    expect(issues({ links: "javascript:alert(1)" })).toEqual([
      ["links", "Write each link as a full address starting with https://, one a line."],
    ]);
    expect(issues({ links: "ftp://files.example/a" })?.[0]?.[0]).toBe("links");
    expect(issues({ startsAt: "2031-02-30T10:00" })?.[0]?.[0]).toBe("startsAt");
    expect(issues({ startsAt: "tomorrow" })?.[0]?.[0]).toBe("startsAt");
    expect(issues({ endsAt: "2031-05-06T09:00" })).toEqual([
      ["endsAt", "The end must come after the start."],
    ]);
    expect(issues({ title: "   " })?.[0]?.[0]).toBe("title");
    expect(issues({ endsAt: "" })).toBeNull();
  });

  it("refuses a section that does not exist, writing nothing", async () => {
    const editor = await person("EDITOR");
    expect(
      await refused(
        createEvent(editor, form({ sectionId: "0190b4b4-0000-7000-8000-000000000000" })),
      ),
    ).toMatchObject({ code: "INVALID_INPUT", reason: "sectionMissing", field: "sectionId" });
    expect(await db.planEvent.count({ where: { createdById: editor.id } })).toBe(0);
  });

  it("edits at the version loaded; an older version is refused naming who changed it", async () => {
    const first = await person("EDITOR", `李榕${Date.now()}`);
    const second = await person("ADMIN");
    const { id } = await createEvent(first, form());
    const saved = await updateEvent(
      first,
      ZUpdatePlanEvent.parse({
        eventId: id,
        version: 1,
        title: "改期",
        startsAt: "2031-05-07T09:00",
      }),
    );
    expect(saved.version).toBe(2);
    expect(await stored(id)).toMatchObject({
      title: "改期",
      startsAt: new Date("2031-05-07T01:00:00Z"),
      version: 2,
    });
    const stale = await refused(
      updateEvent(
        second,
        ZUpdatePlanEvent.parse({
          eventId: id,
          version: 1,
          title: "我的版本",
          startsAt: "2031-05-06T10:00",
        }),
      ),
    );
    expect(stale).toMatchObject({ code: "CONFLICT", reason: "stale" });
    expect(stale.message).toContain("李榕");
    expect((stale as { by?: string }).by).toMatch(/^李榕/);
    expect(await stored(id)).toMatchObject({ title: "改期", version: 2 });
  });

  it("deletes an event; its planned items stay, unlinked", async () => {
    const editor = await person("EDITOR");
    const { id } = await createEvent(editor, form());
    const item = await createPlanItem(db, {
      pitchedById: editor.id,
      day: "2031-05-06",
      eventId: id,
    });
    await deleteEvent(editor, { eventId: id });
    expect(await stored(id)).toBeNull();
    expect(await db.planItem.findUnique({ where: { id: item.id } })).toMatchObject({
      eventId: null,
    });
    expect(await refused(deleteEvent(editor, { eventId: id }))).toMatchObject({
      code: "NOT_FOUND",
    });
    const edit = ZUpdatePlanEvent.parse({
      eventId: id,
      version: 1,
      title: "x",
      startsAt: "2031-05-06T10:00",
    });
    expect(await refused(updateEvent(editor, edit))).toMatchObject({ code: "NOT_FOUND" });
  });
});
