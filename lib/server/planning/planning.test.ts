import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { AppError } from "@/lib/errors";
import {
  ZAssign,
  ZCreatePitch,
  ZDecidePitch,
  ZRespondAssignment,
  ZUpdatePlanItem,
  type TAssign,
} from "@/lib/schemas/planning";
import { instantToWallTime, newsroomTimeZone } from "@/lib/time-zone";
import type { Actor } from "@/lib/workflow/permissions";
import { createArticle, createAssignment, createPlanItem, createUser } from "@/prisma/factories";
import { assign } from "./assignments/assign";
import { respondToAssignment } from "./assignments/respond-assignment";
import { withdrawAssignment } from "./assignments/withdraw-assignment";
import { getPlanItem } from "./items/get-plan-item";
import { linkStory } from "./items/link-story";
import { spikePlanItem } from "./items/spike-plan-item";
import { startStory } from "./items/start-story";
import { updatePlanItem } from "./items/update-plan-item";
import { createPitch } from "./pitches/create-pitch";
import { decidePitch } from "./pitches/decide-pitch";

afterAll(() => db.$disconnect());

const person = async (role: Actor["role"], options: { isActive?: boolean } = {}) => {
  const row = await createUser(db, { role, ...options });
  return { id: row.id, role, name: row.name } satisfies Actor & { name: string };
};
const refused = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error("expected a refusal");
    },
    (error: AppError) => error,
  );
const inHours = (hours: number) =>
  instantToWallTime(new Date(Date.now() + hours * 3_600_000), newsroomTimeZone());
const assignInput = (over: Partial<Record<keyof TAssign, unknown>>) =>
  ZAssign.parse({ role: "REPORTER", deadline: inHours(6), ...over });
const noticesOf = (userId: string, planItemId: string) =>
  db.notification.findMany({
    where: { userId, planItemId },
    select: { kind: true, message: true },
  });

describe("pitches", () => {
  it("a reporter pitches, an editor accepts, and the pitcher is told", async () => {
    const reporter = await person("REPORTER");
    const editor = await person("EDITOR");
    const pitch = await createPitch(
      reporter,
      ZCreatePitch.parse({
        headline: "汛期防汛準備",
        day: "2027-03-01",
        expectedLength: "1,200",
        lengthUnit: "CHARACTERS",
        needs: ["photos", "graphics"],
      }),
    );
    const row = await db.planItem.findUniqueOrThrow({ where: { id: pitch.id } });
    expect(row).toMatchObject({
      status: "PITCHED",
      expectedLength: 1200,
      needs: ["photos", "graphics"],
    });
    expect(
      await decidePitch(editor, ZDecidePitch.parse({ itemId: pitch.id, decision: "accept" })),
    ).toEqual({
      id: pitch.id,
      status: "PLANNED",
    });
    expect(await noticesOf(reporter.id, pitch.id)).toEqual([
      { kind: "PITCH_ACCEPTED", message: null },
    ]);
    // A second editor deciding the same pitch is told it was decided; nothing changes.
    const late = await refused(
      decidePitch(
        await person("EDITOR"),
        ZDecidePitch.parse({ itemId: pitch.id, decision: "decline", note: "重複" }),
      ),
    );
    expect(late).toMatchObject({ code: "CONFLICT", details: { reason: "decided" } });
    expect((await db.planItem.findUniqueOrThrow({ where: { id: pitch.id } })).status).toBe(
      "PLANNED",
    );
  });

  it("declining needs a note, and a reporter cannot decide", async () => {
    expect(
      ZDecidePitch.safeParse({ itemId: crypto.randomUUID(), decision: "decline" }).success,
    ).toBe(false);
    const reporter = await person("REPORTER");
    const item = await createPlanItem(db, {
      pitchedById: reporter.id,
      day: "2027-03-02",
      status: "PITCHED",
    });
    const error = await refused(
      decidePitch(reporter, ZDecidePitch.parse({ itemId: item.id, decision: "accept" })),
    );
    expect(error.code).toBe("FORBIDDEN");
    expect((await db.planItem.findUniqueOrThrow({ where: { id: item.id } })).status).toBe(
      "PITCHED",
    );
  });

  it("refuses an expected length that is not a whole number with a sentence", () => {
    const parsed = ZCreatePitch.safeParse({
      headline: "x",
      day: "2027-03-01",
      expectedLength: "about 800",
      lengthUnit: "WORDS",
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toBe(
      "Enter the expected length as a whole number, e.g. 800.",
    );
    expect(
      ZCreatePitch.safeParse({ headline: "x", day: "2027-02-30", lengthUnit: "WORDS" }).success,
    ).toBe(false);
  });
});

describe("assignments", () => {
  it("assigns, the assignee accepts, and the editor is told", async () => {
    const editor = await person("EDITOR");
    const reporter = await person("REPORTER");
    const item = await createPlanItem(db, { pitchedById: editor.id, day: "2027-03-03" });
    const { id } = await assign(
      editor,
      assignInput({ itemId: item.id, userId: reporter.id, note: "帶上雨具" }),
    );
    expect(await noticesOf(reporter.id, item.id)).toEqual([
      { kind: "ASSIGNED", message: "帶上雨具" },
    ]);
    await respondToAssignment(
      reporter,
      ZRespondAssignment.parse({ assignmentId: id, answer: "accept" }),
    );
    expect(await noticesOf(editor.id, item.id)).toEqual([
      { kind: "ASSIGNMENT_ACCEPTED", message: null },
    ]);
    expect((await getPlanItem(editor, item.id)).state.state).toBe("ACCEPTED");
    // Someone else's assignment does not exist for them.
    const other = await person("REPORTER");
    const error = await refused(
      respondToAssignment(
        other,
        ZRespondAssignment.parse({ assignmentId: id, answer: "decline", reason: "忙" }),
      ),
    );
    expect(error.code).toBe("NOT_FOUND");
  });

  it("refuses a deactivated person, a past deadline and a spiked item, writing nothing", async () => {
    const editor = await person("EDITOR");
    const gone = await person("REPORTER", { isActive: false });
    const item = await createPlanItem(db, { pitchedById: editor.id, day: "2027-03-04" });
    const inactive = await refused(
      assign(editor, assignInput({ itemId: item.id, userId: gone.id })),
    );
    expect(inactive).toMatchObject({
      code: "INVALID_INPUT",
      message: `${gone.name} is deactivated and cannot be assigned.`,
    });
    const reporter = await person("REPORTER");
    const past = await refused(
      assign(editor, assignInput({ itemId: item.id, userId: reporter.id, deadline: inHours(-1) })),
    );
    expect(past).toMatchObject({ code: "INVALID_INPUT", details: { reason: "pastDeadline" } });
    await spikePlanItem(editor, { itemId: item.id, version: 1, spiked: true, note: null });
    const spiked = await refused(
      assign(editor, assignInput({ itemId: item.id, userId: reporter.id })),
    );
    expect(spiked).toMatchObject({ code: "CONFLICT", details: { reason: "spiked" } });
    expect(await db.assignment.count({ where: { planItemId: item.id } })).toBe(0);
    expect(await db.notification.count({ where: { planItemId: item.id } })).toBe(0);
  });

  it("an assignment reassigned meanwhile cannot be accepted", async () => {
    const editor = await person("EDITOR");
    const first = await person("REPORTER");
    const second = await person("REPORTER");
    const item = await createPlanItem(db, { pitchedById: editor.id, day: "2027-03-05" });
    const { id } = await assign(editor, assignInput({ itemId: item.id, userId: first.id }));
    await assign(editor, assignInput({ itemId: item.id, userId: second.id, replacesId: id }));
    expect((await noticesOf(first.id, item.id)).map((n) => n.kind).sort()).toEqual([
      "ASSIGNED",
      "ASSIGNMENT_WITHDRAWN",
    ]);
    const error = await refused(
      respondToAssignment(first, ZRespondAssignment.parse({ assignmentId: id, answer: "accept" })),
    );
    expect(error).toMatchObject({ code: "CONFLICT", details: { reason: "withdrawn" } });
    expect(await db.assignment.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "WITHDRAWN",
      respondedAt: null,
    });
    // Withdrawing twice is refused the second time.
    const again = await refused(withdrawAssignment(editor, { assignmentId: id }));
    expect(again).toMatchObject({ code: "CONFLICT", details: { reason: "withdrawn" } });
  });

  it("spiking tells those still on the item why, and keeps their assignments for a restore", async () => {
    const editor = await person("EDITOR");
    const reporter = await person("REPORTER");
    const item = await createPlanItem(db, { pitchedById: editor.id, day: "2027-03-11" });
    await createAssignment(db, {
      planItemId: item.id,
      userId: reporter.id,
      assignedById: editor.id,
      status: "ACCEPTED",
    });
    await spikePlanItem(editor, { itemId: item.id, version: 1, spiked: true, note: "活動取消" });
    expect(await noticesOf(reporter.id, item.id)).toEqual([
      { kind: "PLAN_SPIKED", message: "活動取消" },
    ]);
    await spikePlanItem(editor, { itemId: item.id, version: 2, spiked: false, note: null });
    expect((await getPlanItem(editor, item.id)).state.state).toBe("ACCEPTED");
  });

  it("a decline keeps its reason and turns the item down until it is reassigned", async () => {
    const editor = await person("EDITOR");
    const reporter = await person("REPORTER");
    const item = await createPlanItem(db, { pitchedById: editor.id, day: "2027-03-06" });
    const { id } = await assign(editor, assignInput({ itemId: item.id, userId: reporter.id }));
    await respondToAssignment(
      reporter,
      ZRespondAssignment.parse({ assignmentId: id, answer: "decline", reason: "在外地採訪" }),
    );
    expect(await noticesOf(editor.id, item.id)).toEqual([
      { kind: "ASSIGNMENT_DECLINED", message: "在外地採訪" },
    ]);
    expect((await getPlanItem(editor, item.id)).state.state).toBe("TURNED_DOWN");
    const twice = await refused(
      respondToAssignment(
        reporter,
        ZRespondAssignment.parse({ assignmentId: id, answer: "accept" }),
      ),
    );
    expect(twice).toMatchObject({ code: "CONFLICT", details: { reason: "answered" } });
  });
});

describe("items and their stories", () => {
  it("refuses an edit from an older page, writing nothing", async () => {
    const editor = await person("EDITOR");
    const item = await createPlanItem(db, {
      pitchedById: editor.id,
      day: "2027-03-07",
      headline: "原標題",
    });
    const edit = (headline: string) =>
      ZUpdatePlanItem.parse({
        itemId: item.id,
        version: 1,
        headline,
        day: "2027-03-08",
        lengthUnit: "CHARACTERS",
      });
    expect(await updatePlanItem(editor, edit("甲的標題"))).toEqual({ id: item.id, version: 2 });
    const stale = await refused(updatePlanItem(await person("EDITOR"), edit("乙的標題")));
    expect(stale).toMatchObject({ code: "CONFLICT", details: { reason: "stale" } });
    const row = await db.planItem.findUniqueOrThrow({ where: { id: item.id } });
    expect(row.headline).toBe("甲的標題");
    expect(row.day.toISOString().slice(0, 10)).toBe("2027-03-08");
  });

  it("starts the story with the section, bylines and deadline, once", async () => {
    const editor = await person("EDITOR");
    const reporter = await person("REPORTER");
    const photographer = await person("REPORTER");
    const section = await db.section.create({
      data: {
        slug: `plan-${crypto.randomUUID().slice(0, 8)}`,
        name: `策劃${Date.now()}`,
        nameEn: `Plan ${Date.now()}`,
      },
    });
    const item = await createPlanItem(db, {
      pitchedById: editor.id,
      day: "2027-03-09",
      sectionId: section.id,
      headline: "防汛備勤",
    });
    await createAssignment(db, {
      planItemId: item.id,
      userId: photographer.id,
      assignedById: editor.id,
      role: "PHOTOGRAPHER",
      status: "ACCEPTED",
    });
    const deadline = new Date(Date.now() + 5 * 3_600_000);
    const mine = await createAssignment(db, {
      planItemId: item.id,
      userId: reporter.id,
      assignedById: editor.id,
      status: "PENDING",
      deadline,
    });
    // Not before accepting.
    expect((await refused(startStory(reporter, { itemId: item.id }))).code).toBe("FORBIDDEN");
    await respondToAssignment(reporter, { assignmentId: mine.id, answer: "accept", reason: null });
    const { articleId } = await startStory(reporter, { itemId: item.id });
    const article = await db.article.findUniqueOrThrow({
      where: { id: articleId },
      select: {
        headline: true,
        sectionId: true,
        dueAt: true,
        createdById: true,
        bylines: {
          orderBy: { position: "asc" },
          select: { role: true, contributor: { select: { userId: true } } },
        },
      },
    });
    expect(article).toEqual({
      headline: "防汛備勤",
      sectionId: section.id,
      dueAt: deadline,
      createdById: reporter.id,
      bylines: [
        { role: "REPORTER", contributor: { userId: reporter.id } },
        { role: "PHOTOGRAPHER", contributor: { userId: photographer.id } },
      ],
    });
    expect((await getPlanItem(editor, item.id)).state.state).toBe("DRAFT");
    const twice = await refused(startStory(editor, { itemId: item.id }));
    expect(twice).toMatchObject({ code: "CONFLICT", details: { reason: "hasStory" } });
    expect(
      await db.article.count({ where: { headline: "防汛備勤", createdById: editor.id } }),
    ).toBe(0);
  });

  it("links an existing story once, and refuses one already planned elsewhere", async () => {
    const editor = await person("EDITOR");
    const story = await createArticle(db, { createdById: editor.id, headline: "已寫好的稿" });
    const a = await createPlanItem(db, {
      pitchedById: editor.id,
      day: "2027-03-10",
      headline: "甲項",
    });
    const b = await createPlanItem(db, { pitchedById: editor.id, day: "2027-03-10" });
    await linkStory(editor, { itemId: a.id, articleId: story.id });
    const error = await refused(linkStory(editor, { itemId: b.id, articleId: story.id }));
    expect(error).toMatchObject({
      code: "CONFLICT",
      message: "That story is already planned as “甲項”.",
    });
    expect((await db.planItem.findUniqueOrThrow({ where: { id: b.id } })).articleId).toBeNull();
    await linkStory(editor, { itemId: a.id, articleId: null });
    await linkStory(editor, { itemId: b.id, articleId: story.id });
    expect((await db.planItem.findUniqueOrThrow({ where: { id: b.id } })).articleId).toBe(story.id);
  });
});
