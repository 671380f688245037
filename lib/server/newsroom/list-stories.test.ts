import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { parseStoryQuery } from "@/lib/schemas/stories";
import { createArticle, createUser, paragraphDoc } from "@/prisma/factories";
import { indexDueWorkingCopies } from "../search/index-working-copies";
import { listStories } from "./list-stories";

afterAll(() => db.$disconnect());

const editor = async () => {
  const user = await createUser(db, { role: "EDITOR" });
  return { id: user.id, role: "EDITOR" as const };
};
/** Index everything due now (tests do not wait for the writer's pause). */
const indexAll = async () => {
  while ((await indexDueWorkingCopies(db, { quietMs: 0 })) > 0);
};
const ids = (page: { rows: Array<{ id: string }> }) => page.rows.map((row) => row.id);

describe("All stories", () => {
  it("filters by state, section, author, tag and the day of the last change", async () => {
    const actor = await editor();
    const reporter = await createUser(db);
    const section = await db.section.create({
      data: { slug: `s-${randomUUID()}`, name: "體育", nameEn: "Sport" },
    });
    const tag = await db.tag.create({ data: { slug: `t-${randomUUID()}`, name: "足球" } });
    // One after another: the factory upserts the reporter's contributor row.
    const a = await createArticle(db, {
      createdById: reporter.id,
      status: "SUBMITTED",
      bylineUserIds: [reporter.id],
    });
    const b = await createArticle(db, { createdById: reporter.id, bylineUserIds: [reporter.id] });
    const c = await createArticle(db, { createdById: actor.id, status: "SUBMITTED" });
    await db.article.update({ where: { id: a.id }, data: { sectionId: section.id } });
    await db.articleTag.create({ data: { articleId: b.id, tagId: tag.id, position: 0 } });
    await db.article.update({
      where: { id: c.id },
      data: { sectionId: section.id, updatedAt: new Date("2020-03-01T04:00:00Z") },
    });
    const author = (await db.contributor.findUniqueOrThrow({ where: { userId: reporter.id } })).id;

    expect(ids(await listStories(actor, { section: section.id })).sort()).toEqual(
      [a.id, c.id].sort(),
    );
    expect(
      ids(await listStories(actor, { section: section.id, state: "SUBMITTED" })).sort(),
    ).toEqual([a.id, c.id].sort());
    expect(ids(await listStories(actor, { author }))).toEqual(expect.arrayContaining([a.id, b.id]));
    expect(ids(await listStories(actor, { author }))).not.toContain(c.id);
    expect(ids(await listStories(actor, { author, state: "DRAFT" }))).toEqual([b.id]);
    expect(ids(await listStories(actor, { tag: tag.id }))).toEqual([b.id]);
    // 2020-03-01 12:00 in Shanghai: inside that day, outside the day before.
    expect(
      ids(await listStories(actor, { section: section.id, from: "2020-03-01", to: "2020-03-01" })),
    ).toEqual([c.id]);
    expect(ids(await listStories(actor, { section: section.id, to: "2020-02-29" }))).toEqual([]);
  });

  it("shows a reporter only the stories they wrote or hold a byline on", async () => {
    const reporter = await createUser(db);
    const other = await createUser(db);
    const tag = await db.tag.create({ data: { slug: `t-${randomUUID()}`, name: "民生" } });
    const mine = await createArticle(db, { createdById: reporter.id });
    const theirs = await createArticle(db, { createdById: other.id, status: "SUBMITTED" });
    for (const article of [mine, theirs])
      await db.articleTag.create({ data: { articleId: article.id, tagId: tag.id, position: 0 } });
    const actor = { id: reporter.id, role: "REPORTER" as const };
    expect(ids(await listStories(actor, { tag: tag.id }))).toEqual([mine.id]);
  });

  it("finds working copies in either script once indexed, and a just-saved headline at once", async () => {
    const actor = await editor();
    const word = `測${randomUUID().slice(0, 8)}`;
    const story = await createArticle(db, {
      createdById: actor.id,
      headline: "德州企業有序復工復產",
    });
    await db.article.update({
      where: { id: story.id },
      data: { body: paragraphDoc(`${word} 全市重點項目開工。`), version: { increment: 1 } },
    });
    // Not indexed yet: the headline as typed still finds it; the body does not.
    expect(ids(await listStories(actor, { q: "有序復工" }))).toContain(story.id);
    expect(ids(await listStories(actor, { q: "重點項目開工" }))).not.toContain(story.id);
    await indexAll();
    expect(ids(await listStories(actor, { q: "复工复产" }))).toContain(story.id);
    expect(ids(await listStories(actor, { q: "重点项目" }))).toContain(story.id);
    expect(ids(await listStories(actor, { q: "重點項目 足球賽" }))).not.toContain(story.id);
    expect(ids(await listStories(actor, { q: "!!!" }))).toEqual([]);
  });

  it("keeps a copy's document to the version it was made from, and never touches the article", async () => {
    const actor = await editor();
    const story = await createArticle(db, { createdById: actor.id });
    await indexAll();
    const indexed = await db.article.findUniqueOrThrow({ where: { id: story.id } });
    const document = () => db.articleSearch.findUnique({ where: { articleId: story.id } });
    expect((await document())?.version).toBe(indexed.version);
    await db.article.update({
      where: { id: story.id },
      data: { headline: "黃河灘區遷建完成", version: { increment: 1 } },
    });
    const edited = await db.article.findUniqueOrThrow({ where: { id: story.id } });
    expect(ids(await listStories(actor, { q: "灘區遷建" }))).toContain(story.id); // headline fallback
    await indexDueWorkingCopies(db, { quietMs: 60_000 }); // the writer has not paused: not yet
    expect((await document())?.version).toBe(indexed.version);
    await indexDueWorkingCopies(db, { quietMs: 0, since: new Date(Date.now() + 60_000) });
    expect((await document())?.version).toBe(indexed.version); // changed before `since`: left
    await indexAll();
    expect((await document())?.version).toBe(edited.version);
    expect(ids(await listStories(actor, { q: "滩区迁建" }))).toContain(story.id);
    expect(await db.article.findUniqueOrThrow({ where: { id: story.id } })).toEqual(edited);
  });

  it("pages by keyset in both orders, every story once", async () => {
    const actor = await editor();
    const tag = await db.tag.create({ data: { slug: `t-${randomUUID()}`, name: "分頁" } });
    const made = [];
    for (let i = 0; i < 5; i++) {
      const article = await createArticle(db, { createdById: actor.id });
      await db.articleTag.create({ data: { articleId: article.id, tagId: tag.id, position: 0 } });
      // Two share a time: the id breaks the tie.
      await db.article.update({
        where: { id: article.id },
        data: { updatedAt: new Date(Date.UTC(2021, 0, 1, 0, 0, i === 4 ? 3 : i)) },
      });
      made.push(article.id);
    }
    for (const sort of ["changed-desc", "changed-asc"] as const) {
      const seen: string[] = [];
      let after: string | undefined;
      for (let page = 0; page < 5; page++) {
        const result = await listStories(actor, { tag: tag.id, sort, after }, { limit: 2 });
        seen.push(...ids(result));
        if (!result.next) break;
        after = result.next;
      }
      expect(seen.sort()).toEqual([...made].sort());
      expect(new Set(seen).size).toBe(5);
    }
  });

  it("reads each address parameter on its own: a bad one is named and left out", () => {
    const { query, invalid } = parseStoryQuery({
      state: "NOT_A_STATE",
      q: "  復工  ",
      section: "not-a-uuid",
      from: "2026-02-30",
      to: "2026-03-01",
      sort: ["changed-asc", "changed-desc"],
      tag: "",
    });
    expect(invalid.sort()).toEqual(["from", "section", "state"]);
    expect(query).toEqual({ q: "復工", to: "2026-03-01", sort: "changed-asc" });
  });
});
