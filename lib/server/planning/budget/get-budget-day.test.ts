import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { countBodyUnits } from "@/lib/content/count";
import { db } from "@/lib/db";
import { SAN_SHEN_SAN_JIAO } from "@/lib/workflow/review-chain";
import {
  createArticle,
  createAssignment,
  createPlanItem,
  createUser,
  paragraphDoc,
} from "@/prisma/factories";
import { indexDueWorkingCopies } from "../../search/index-working-copies";
import { getBudgetDay } from "./get-budget-day";
import { getBudgetWeek } from "./get-budget-week";

afterAll(() => db.$disconnect());

/** Each test its own day, far from every other test's. */
let nextDay = 1;
const ownDay = () => `2031-03-${String(nextDay++).padStart(2, "0")}`;
const section = (name: string, position: number) =>
  db.section.create({
    data: { slug: `budget-${randomUUID()}`, name, nameEn: name, position },
  });
const headlines = (groups: Array<{ items: Array<{ headline: string }> }>) =>
  groups.map((group) => group.items.map((item) => item.headline));

describe("the budget's day", () => {
  it("groups planned items by section in the newsroom's order, unfiled last, other days and pitches left out", async () => {
    const day = ownDay();
    const editor = await createUser(db, { role: "EDITOR" });
    const later = await section("本地", 9001);
    const first = await section("要聞", 9000);
    const plan = (headline: string, sectionId: string | null, extra = {}) =>
      createPlanItem(db, { pitchedById: editor.id, day, headline, sectionId, ...extra });
    await plan("無版面", null);
    await plan("本地一", later.id);
    await plan("要聞一", first.id);
    await plan("本地二", later.id);
    await plan("選題", first.id, { status: "PITCHED" });
    await plan("撤下", first.id, { status: "SPIKED" });
    await createPlanItem(db, { pitchedById: editor.id, day: "2031-04-30", sectionId: first.id });

    const budget = await getBudgetDay({ id: editor.id, role: "EDITOR" }, day);
    expect(budget.groups.map((group) => group.section?.id ?? null)).toEqual([
      first.id,
      later.id,
      null,
    ]);
    expect(headlines(budget.groups)).toEqual([["要聞一"], ["本地一", "本地二"], ["無版面"]]);
    expect(budget.totals).toEqual({ items: 4, published: 0 });

    // Spiked items only when the state filter asks for them.
    const spiked = await getBudgetDay({ id: editor.id, role: "EDITOR" }, day, { state: "SPIKED" });
    expect(headlines(spiked.groups)).toEqual([["撤下"]]);
  });

  it("takes the state from the story, with its review stage, and from the assignments before one", async () => {
    const day = ownDay();
    const editor = await createUser(db, { role: "EDITOR" });
    const reporter = await createUser(db, { name: "記者甲" });
    const desk = await section("財經", 9002);
    const inReview = await createArticle(db, {
      createdById: reporter.id,
      status: "SUBMITTED",
      reviewChain: SAN_SHEN_SAN_JIAO,
      reviewStage: 1,
      dueAt: new Date("2031-03-02T10:00:00Z"),
    });
    const published = await createArticle(db, { createdById: reporter.id, status: "PUBLISHED" });
    const a = await createPlanItem(db, {
      pitchedById: editor.id,
      day,
      headline: "審稿中",
      sectionId: desk.id,
      articleId: inReview.id,
      webSlot: "頭條 08:00",
      printPage: "A3",
    });
    await createPlanItem(db, {
      pitchedById: editor.id,
      day,
      headline: "已發",
      sectionId: desk.id,
      articleId: published.id,
    });
    const waiting = await createPlanItem(db, { pitchedById: editor.id, day, headline: "待答" });
    await createAssignment(db, {
      planItemId: a.id,
      userId: reporter.id,
      assignedById: editor.id,
      status: "ACCEPTED",
      deadline: new Date("2031-03-02T09:00:00Z"),
    });
    await createAssignment(db, {
      planItemId: a.id,
      userId: editor.id,
      assignedById: editor.id,
      role: "PHOTOGRAPHER",
      deadline: new Date("2031-03-02T06:00:00Z"),
    });
    await createAssignment(db, {
      planItemId: a.id,
      userId: editor.id,
      assignedById: editor.id,
      status: "WITHDRAWN",
      deadline: new Date("2031-03-01T00:00:00Z"),
    });
    await createAssignment(db, {
      planItemId: waiting.id,
      userId: reporter.id,
      assignedById: editor.id,
    });

    const budget = await getBudgetDay({ id: reporter.id, role: "REPORTER" }, day);
    const items = budget.groups.flatMap((group) => group.items);
    const review = items.find((item) => item.id === a.id)!;
    expect(review).toMatchObject({
      state: "IN_REVIEW",
      stage: { key: "second-review" },
      webSlot: "頭條 08:00",
      printPage: "A3",
      deadline: new Date("2031-03-02T06:00:00Z"), // the earliest live one; the withdrawn is gone
      article: { id: inReview.id, dueAt: new Date("2031-03-02T10:00:00Z") },
    });
    expect(review.assignees.map((x) => [x.name, x.role, x.status])).toEqual([
      ["記者甲", "REPORTER", "ACCEPTED"],
      [editor.name, "PHOTOGRAPHER", "PENDING"],
    ]);
    expect(items.find((item) => item.headline === "已發")?.state).toBe("PUBLISHED");
    expect(items.find((item) => item.id === waiting.id)?.state).toBe("ASSIGNED");
    expect(budget.totals).toEqual({ items: 3, published: 1 });
  });

  it("filters by desk, person and state", async () => {
    const day = ownDay();
    const editor = await createUser(db, { role: "EDITOR" });
    const reporter = await createUser(db);
    const [news, sport] = [await section("新聞", 9003), await section("體育", 9004)];
    const story = await createArticle(db, { createdById: reporter.id });
    const mine = await createPlanItem(db, {
      pitchedById: editor.id,
      day,
      headline: "我的",
      sectionId: news.id,
      articleId: story.id,
    });
    const withdrawn = await createPlanItem(db, { pitchedById: editor.id, day, headline: "撤回" });
    await createPlanItem(db, {
      pitchedById: editor.id,
      day,
      headline: "體育",
      sectionId: sport.id,
    });
    await createAssignment(db, {
      planItemId: mine.id,
      userId: reporter.id,
      assignedById: editor.id,
    });
    await createAssignment(db, {
      planItemId: withdrawn.id,
      userId: reporter.id,
      assignedById: editor.id,
      status: "WITHDRAWN",
    });
    const actor = { id: editor.id, role: "EDITOR" as const };
    const shown = async (filters: Parameters<typeof getBudgetDay>[2]) =>
      headlines((await getBudgetDay(actor, day, filters)).groups).flat();

    expect(await shown({ desk: sport.slug })).toEqual(["體育"]);
    expect(await shown({ person: reporter.id })).toEqual(["我的"]);
    expect(await shown({ state: "DRAFT" })).toEqual(["我的"]);
    expect((await shown({ state: "UNASSIGNED" })).sort()).toEqual(["撤回", "體育"].sort());
    expect(await shown({ desk: "no-such-desk" })).toEqual([]);
  });

  it("reads the stored length for the copy's version, and counts the body when the copy has moved on", async () => {
    const day = ownDay();
    const editor = await createUser(db, { role: "EDITOR" });
    const story = await createArticle(db, { createdById: editor.id });
    await db.article.update({
      where: { id: story.id },
      data: {
        body: paragraphDoc("河南省今天召開會議。Ten English words are here too."),
        updatedAt: new Date(0),
      },
    });
    await createPlanItem(db, {
      pitchedById: editor.id,
      day,
      articleId: story.id,
      expectedLength: 800,
    });
    const actor = { id: editor.id, role: "EDITOR" as const };
    const length = async () => (await getBudgetDay(actor, day)).groups[0]!.items[0]!.actualLength;

    // Not yet indexed: counted right there, as the editor counts it (9 characters + 6 words).
    expect(await length()).toBe(15);
    while ((await indexDueWorkingCopies(db, { quietMs: 0, limit: 1000 })) > 0);
    const stored = await db.articleSearch.findUniqueOrThrow({ where: { articleId: story.id } });
    expect(stored).toMatchObject({ version: story.version, units: 15 });

    // The stored figure is what the budget reads while it is for the copy's version…
    await db.articleSearch.update({ where: { articleId: story.id }, data: { units: 4321 } });
    expect(await length()).toBe(4321);
    // …and never once the copy has moved past it.
    const body = paragraphDoc("新的正文，共十個字。");
    await db.article.update({
      where: { id: story.id },
      data: { body, version: { increment: 1 } },
    });
    expect(await length()).toBe(countBodyUnits(body));
    expect(countBodyUnits(body)).toBe(8);
  });

  it("shows the week from Monday to Sunday with each day's items and events", async () => {
    const editor = await createUser(db, { role: "EDITOR" });
    // 2031-06-04 is a Wednesday; its week runs 2031-06-02…08.
    await createPlanItem(db, { pitchedById: editor.id, day: "2031-06-02", headline: "週一" });
    await createPlanItem(db, { pitchedById: editor.id, day: "2031-06-08", headline: "週日" });
    await createPlanItem(db, { pitchedById: editor.id, day: "2031-06-09", headline: "下週" });
    // Asia/Shanghai (the tests' zone): 2031-06-07 23:30 local is 15:30 UTC on the 7th.
    await db.planEvent.create({
      data: {
        title: "記者會",
        startsAt: new Date("2031-06-07T15:30:00Z"),
        links: [],
        createdById: editor.id,
      },
    });
    const week = await getBudgetWeek({ id: editor.id, role: "EDITOR" }, "2031-06-04");
    expect(week.days.map((d) => d.day)).toEqual([
      "2031-06-02",
      "2031-06-03",
      "2031-06-04",
      "2031-06-05",
      "2031-06-06",
      "2031-06-07",
      "2031-06-08",
    ]);
    expect(week.days.map((d) => d.items.map((item) => item.headline))).toEqual([
      ["週一"],
      [],
      [],
      [],
      [],
      [],
      ["週日"],
    ]);
    expect(week.days[5]!.events.map((event) => event.title)).toEqual(["記者會"]);
  });

  it("offers a reporter the story only where they could open it; editors always", async () => {
    const day = ownDay();
    const editor = await createUser(db, { role: "EDITOR" });
    const author = await createUser(db, { role: "REPORTER" });
    const other = await createUser(db, { role: "REPORTER" });
    const story = await createArticle(db, { createdById: author.id });
    await createPlanItem(db, { pitchedById: editor.id, day, articleId: story.id });
    const mayOpen = async (id: string, role: "EDITOR" | "REPORTER") =>
      (await getBudgetDay({ id, role }, day)).groups[0]!.items[0]!.article!.mayOpen;
    expect(await mayOpen(author.id, "REPORTER")).toBe(true);
    expect(await mayOpen(other.id, "REPORTER")).toBe(false);
    expect(await mayOpen(editor.id, "EDITOR")).toBe(true);
  });
});
