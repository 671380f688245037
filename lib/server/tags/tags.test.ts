import { describe, expect, it } from "vitest";
import type { AppError } from "@/lib/errors";
import { ZCreateTag, ZRenameTag } from "@/lib/schemas/tags";
import { ownDatabaseForThisFile } from "@/lib/testing/own-database";
import type { Actor } from "@/lib/workflow/permissions";

// Searches must see only this file's tags (复工 would match other files' 復工).
ownDatabaseForThisFile();

const load = async () => {
  const { db } = await import("@/lib/db");
  const { createUser } = await import("@/prisma/factories");
  const { createNewsroom, publishStory } = await import("@/lib/testing/publish-story");
  const { createTag } = await import("./create-tag");
  const { searchTags } = await import("./search-tags");
  const { renameTag } = await import("./rename-tag");
  const { mergeTags } = await import("./merge-tags");
  const { deleteTag } = await import("./delete-tag");
  const { listTagsForAdmin } = await import("./list-tags");
  const { createArticleGate } = await import("@/lib/runtime/article-gate");
  const user = async (role: Actor["role"]) => {
    const { id } = await createUser(db, { role });
    return { id, role } satisfies Actor;
  };
  const make = (actor: Actor, name: string) => createTag(actor, ZCreateTag.parse({ name }));
  return {
    ...{ db, user, make, searchTags, renameTag, mergeTags, deleteTag, listTagsForAdmin },
    ...{ createNewsroom, publishStory, createArticleGate },
  };
};

const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: AppError) => ({ code: error.code, ...error.details, message: error.message }),
  );

describe("tags", () => {
  it("creates a tag with a pinyin slug, audited; the same name in either script is the same tag", async () => {
    const { db, user, make } = await load();
    const reporter = await user("REPORTER");
    const made = await make(reporter, "復工");
    expect(made).toMatchObject({
      name: "復工",
      slug: expect.stringMatching(/^fu-?gong$/),
      created: true,
    });
    expect(
      await db.auditLog.findFirst({ where: { resourceId: made.id, action: "tag.create" } }),
    ).toMatchObject({ actorId: reporter.id, outcome: "ALLOWED" });
    const count = await db.tag.count();
    expect(await make(reporter, "复工")).toMatchObject({ id: made.id, created: false });
    expect(await make(reporter, " 復工 ")).toMatchObject({ id: made.id, created: false });
    // Another name that reads alike gets an address of its own.
    expect(await make(reporter, "復工!")).toMatchObject({ slug: `${made.slug}-2`, created: true });
    expect(await db.tag.count()).toBe(count + 1);
  });

  it("refuses an empty, too long or symbol-only name with one sentence, writing nothing", async () => {
    const { db, user, make } = await load();
    const reporter = await user("REPORTER");
    const count = await db.tag.count();
    expect(ZCreateTag.safeParse({ name: "  " }).error?.issues[0]?.message).toBe(
      "Enter the tag's name.",
    );
    expect(ZCreateTag.safeParse({ name: "長".repeat(41) }).error?.issues[0]?.message).toMatch(
      /under 40 characters/,
    );
    expect(await refusal(make(reporter, "★☆"))).toMatchObject({
      code: "INVALID_INPUT",
      reason: "slugEmpty",
    });
    expect(await db.tag.count()).toBe(count);
  });

  it("suggests across scripts, by prefix, contains and slug, at most ten, exact first", async () => {
    const { db, user, make, searchTags } = await load();
    const reporter = await user("REPORTER");
    await make(reporter, "復工復產");
    await make(reporter, "全面復工");
    const names = async (q: string) => (await searchTags(reporter, q)).map((tag) => tag.name);
    expect((await searchTags(reporter, "复工"))[0]).toMatchObject({ name: "復工", exact: true });
    expect(await names("复工")).toEqual(expect.arrayContaining(["復工復產", "全面復工"]));
    expect((await names("复工")).indexOf("復工復產")).toBeLessThan(
      (await names("复工")).indexOf("全面復工"),
    );
    expect(await names("復工")).toEqual(await names("复工"));
    // By slug, for Latin queries; and an unknown word suggests nothing exact.
    expect(await names("fugong")).toContain("復工");
    expect((await searchTags(reporter, "复工了")).some((tag) => tag.exact)).toBe(false);
    expect(await names("%")).toEqual([]);
    for (let i = 0; i < 12; i++)
      await db.tag.create({ data: { name: `選舉${i}`, slug: `xuanju-t${i}` } });
    expect(await names("选举")).toHaveLength(10);
  });

  it("renames a tag: the old address 301s to the new one; duplicates are refused, nothing changed", async () => {
    const { db, user, make, renameTag, createArticleGate } = await load();
    const [reporter, editor] = [await user("REPORTER"), await user("EDITOR")];
    const tag = await make(reporter, "疫苗");
    const other = await make(reporter, "疫情");
    await renameTag(editor, ZRenameTag.parse({ tagId: tag.id, name: "新冠疫苗", slug: "" }));
    const renamed = await db.tag.findUniqueOrThrow({ where: { id: tag.id } });
    expect(renamed).toMatchObject({
      name: "新冠疫苗",
      slug: expect.stringMatching(/^xinguan-?yimiao$/),
    });
    const gate = createArticleGate(process.env.DATABASE_URL!);
    expect(await gate.check(`/tags/${tag.slug}`)).toEqual({ redirect: `/tags/${renamed.slug}` });
    expect(await gate.check(`/tags/${renamed.slug}`)).toBe("render");
    await gate.close();
    expect(
      await db.auditLog.findFirst({ where: { resourceId: tag.id, action: "taxonomy.manage" } }),
    ).toMatchObject({ outcome: "ALLOWED", details: expect.objectContaining({ change: "rename" }) });

    const rename = (fields: { name: string; slug: string }) =>
      refusal(renameTag(editor, ZRenameTag.parse({ tagId: other.id, ...fields })));
    expect(await rename({ name: "新冠疫苗", slug: "" })).toMatchObject({ reason: "nameTaken" });
    expect(await rename({ name: "新冠疫苖", slug: renamed.slug })).toMatchObject({
      reason: "slugTaken",
    });
    // An old address of another tag still answers for that one.
    expect(await rename({ name: "疫情通報", slug: tag.slug })).toMatchObject({
      reason: "slugTaken",
    });
    expect(await rename({ name: "疫情通報", slug: "★" })).toMatchObject({ reason: "slugEmpty" });
    expect(await db.tag.findUniqueOrThrow({ where: { id: other.id } })).toMatchObject({
      name: "疫情",
      slug: other.slug,
    });
  });

  it("merges: stories move without duplicate links, published versions follow, the old slug 301s", async () => {
    const { db, user, make, mergeTags, createNewsroom, publishStory, createArticleGate } =
      await load();
    const newsroom = await createNewsroom(db);
    const editor = await user("EDITOR");
    const source = await make(editor, "新冠");
    const target = await make(editor, "新冠肺炎");
    const third = await make(editor, "防疫");
    const both = await publishStory(db, newsroom, { tagIds: [source.id, third.id, target.id] });
    const only = await publishStory(db, newsroom, { tagIds: [third.id, source.id] });
    expect(await refusal(mergeTags(editor, { sourceId: source.id, targetId: source.id }))).toEqual(
      expect.objectContaining({ code: "INVALID_INPUT", reason: "mergeIntoItself" }),
    );
    expect(await db.tag.count({ where: { id: source.id } })).toBe(1);

    const done = await mergeTags(editor, { sourceId: source.id, targetId: target.id });
    expect(done).toMatchObject({ slug: target.slug });
    expect(await db.tag.count({ where: { id: source.id } })).toBe(0);
    const links = async (articleId: string) =>
      (await db.articleTag.findMany({ where: { articleId }, orderBy: { position: "asc" } })).map(
        (link) => link.tagId,
      );
    expect(await links(both.id)).toEqual([third.id, target.id]);
    expect(await links(only.id)).toEqual([third.id, target.id]);
    const live = async (id: string) =>
      (await db.publishedVersion.findFirstOrThrow({ where: { articleId: id, isLive: true } }))
        .tagIds;
    expect(await live(both.id)).toEqual([target.id, third.id]);
    expect(await live(only.id)).toEqual([third.id, target.id]);
    const gate = createArticleGate(process.env.DATABASE_URL!);
    expect(await gate.check(`/tags/${source.slug}`)).toEqual({ redirect: `/tags/${target.slug}` });
    await gate.close();
  });

  it("a save from an editor opened before a merge or a delete lands on what the tags are now", async () => {
    const { db, user, make, mergeTags, deleteTag } = await load();
    const { createArticle, articleFields } = await import("@/prisma/factories");
    const { saveArticle } = await import("@/lib/server/articles/save-article");
    const editor = await user("EDITOR");
    const source = await make(editor, "停課");
    const target = await make(editor, "停課不停學");
    const unused = await make(editor, "臨時");
    const story = await createArticle(db, { createdById: editor.id });
    // The editor's copy names the source (about to be merged away) and an unused tag
    // (about to be deleted), neither of them saved yet.
    const stale = [source.id, unused.id, target.id];
    await mergeTags(editor, { sourceId: source.id, targetId: target.id });
    await deleteTag(editor, { tagId: unused.id });
    const saved = await saveArticle({
      actor: editor,
      articleId: story.id,
      save: {
        baseVersion: story.version,
        kind: "AUTOSAVE",
        fields: articleFields(story.slug, { headline: "停課不停學", tagIds: stale }),
      },
    });
    expect(saved.version).toBe(story.version + 1);
    const links = await db.articleTag.findMany({ where: { articleId: story.id } });
    expect(links.map((link) => link.tagId)).toEqual([target.id]);
  });

  it("deletes only an unused tag; a used one is refused with its story count", async () => {
    const { db, user, make, deleteTag, createNewsroom, publishStory } = await load();
    const newsroom = await createNewsroom(db);
    const editor = await user("EDITOR");
    const used = await make(editor, "颱風");
    const unused = await make(editor, "暴雨");
    await publishStory(db, newsroom, { tagIds: [used.id] });
    await publishStory(db, newsroom, { tagIds: [used.id] });
    expect(await refusal(deleteTag(editor, { tagId: used.id }))).toMatchObject({
      code: "CONFLICT",
      reason: "tagInUse",
      count: 2,
      message: "This tag is on 2 stories; merge it into another tag instead.",
    });
    expect(await db.tag.count({ where: { id: used.id } })).toBe(1);
    await deleteTag(editor, { tagId: unused.id });
    expect(await db.tag.count({ where: { id: unused.id } })).toBe(0);
  });

  it("refuses a reporter renaming, merging, deleting or listing, audited, changing nothing", async () => {
    const { db, user, make, renameTag, mergeTags, deleteTag, listTagsForAdmin } = await load();
    const reporter = await user("REPORTER");
    const tag = await make(reporter, "罷工");
    const other = await make(reporter, "停工");
    const calls = [
      () => renameTag(reporter, ZRenameTag.parse({ tagId: tag.id, name: "大罷工" })),
      () => mergeTags(reporter, { sourceId: tag.id, targetId: other.id }),
      () => deleteTag(reporter, { tagId: tag.id }),
      () => listTagsForAdmin(reporter),
    ];
    for (const call of calls) expect(await refusal(call())).toMatchObject({ code: "FORBIDDEN" });
    expect(await db.tag.findUniqueOrThrow({ where: { id: tag.id } })).toMatchObject({
      name: "罷工",
    });
    expect(
      await db.auditLog.count({
        where: { actorId: reporter.id, action: "taxonomy.manage", outcome: "DENIED" },
      }),
    ).toBe(4);
  });

  it("lists tags with story counts, searched across scripts, in keyset pages", async () => {
    const { db, user, listTagsForAdmin } = await load();
    const editor = await user("EDITOR");
    for (let i = 0; i < 60; i++)
      await db.tag.create({ data: { name: `頁面${String(i).padStart(2, "0")}`, slug: `ym-${i}` } });
    const first = await listTagsForAdmin(editor, { q: "页面" });
    expect(first.tags).toHaveLength(50);
    expect(first.tags[0]).toMatchObject({ name: "頁面00", articleCount: 0 });
    const second = await listTagsForAdmin(editor, { q: "页面", after: first.next! });
    expect(second.tags.map((tag) => tag.name)).toEqual(
      Array.from({ length: 10 }, (_, i) => `頁面${50 + i}`),
    );
    expect(second.next).toBeNull();
    expect((await listTagsForAdmin(editor, { after: "garbage" })).tags.length).toBeGreaterThan(0);
  });
});
