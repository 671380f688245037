import { describe, expect, it } from "vitest";
import { listenForInvalidations, type InvalidationMessage } from "@/lib/cache-channel";
import type { AppError } from "@/lib/errors";
import { ZCreateSection, type TSectionFormInput } from "@/lib/schemas/sections";
import { ownDatabaseForThisFile } from "@/lib/testing/own-database";
import type { Actor } from "@/lib/workflow/permissions";

// Reordering and deleting renumber every section: this file gets a database of its own,
// so its order is not moved under other files.
const database = ownDatabaseForThisFile();

const load = async () => {
  const { db } = await import("@/lib/db");
  const { createArticle, createUser } = await import("@/prisma/factories");
  const { createSection } = await import("./create-section");
  const { updateSection } = await import("./update-section");
  const { moveSection } = await import("./move-section");
  const { archiveSection } = await import("./archive-section");
  const { deleteSection } = await import("./delete-section");
  const { listSections, findSection } = await import("../reader/lookups");
  const user = async (role: Actor["role"]) => {
    const { id } = await createUser(db, { role });
    return { id, role } satisfies Actor;
  };
  return {
    db,
    createArticle,
    user,
    createSection,
    updateSection,
    moveSection,
    archiveSection,
    deleteSection,
    listSections,
    findSection,
  };
};

let serial = 0;
/** A section form as the browser sends it, with names no other test uses. */
function form(fields: Partial<TSectionFormInput> = {}) {
  serial += 1;
  return ZCreateSection.parse({
    name: `體育${serial}`,
    nameEn: `Sport ${serial}`,
    ...fields,
  });
}

const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: AppError) => ({ code: error.code, ...error.details, message: error.message }),
  );

describe("sections", () => {
  it("creates a section last in the order, with a pinyin slug and desk heads, audited", async () => {
    const { db, user, createSection, listSections } = await load();
    const editor = await user("EDITOR");
    const head = await user("EDITOR");
    const made = await createSection(
      editor,
      form({ name: "要聞", nameHans: "要闻", nameEn: "Top News", headIds: [head.id] }),
    );
    // Pinyin, as article slugs are (split into syllables where ICU knows no word).
    expect(made.slug).toMatch(/^yao-?wen$/);
    const row = await db.section.findUniqueOrThrow({
      where: { id: made.id },
      include: { heads: true },
    });
    expect(row).toMatchObject({ name: "要聞", nameHans: "要闻", nameEn: "Top News" });
    expect(row.heads.map((h) => h.userId)).toEqual([head.id]);
    const nav = await listSections();
    expect(nav.at(-1)?.id).toBe(made.id);
    expect(
      await db.auditLog.count({
        where: { actorId: editor.id, action: "taxonomy.manage", outcome: "ALLOWED" },
      }),
    ).toBe(1);
  });

  it("writes a typed slug in Latin letters: lower-cased, hyphenated, Chinese as pinyin", async () => {
    const { user, createSection } = await load();
    const editor = await user("EDITOR");
    const typed = await createSection(editor, form({ slug: "Sport & Leisure" }));
    expect(typed.slug).toBe("sport-leisure");
    const chinese = await createSection(editor, form({ slug: "體育 新聞" }));
    expect(chinese.slug).toMatch(/^ti-?yu-xin-?wen$/);
  });

  it("refuses a reporter (audited) for every change, and writes nothing", async () => {
    const { db, user, createSection, updateSection, moveSection, archiveSection, deleteSection } =
      await load();
    const reporter = await user("REPORTER");
    const section = await createSection(await user("ADMIN"), form());
    const before = await db.section.findUniqueOrThrow({ where: { id: section.id } });
    const attempts = [
      () => createSection(reporter, form()),
      () => updateSection(reporter, { sectionId: section.id, ...form({ name: "改名" }) }),
      () => moveSection(reporter, { sectionId: section.id, direction: "up" }),
      () => archiveSection(reporter, { sectionId: section.id, archived: true }),
      () => deleteSection(reporter, { sectionId: section.id }),
    ];
    for (const attempt of attempts)
      expect(await refusal(attempt())).toMatchObject({ code: "FORBIDDEN" });
    expect(await db.section.findUniqueOrThrow({ where: { id: section.id } })).toEqual(before);
    expect(
      await db.auditLog.count({
        where: { actorId: reporter.id, action: "taxonomy.manage", outcome: "DENIED" },
      }),
    ).toBe(5);
  });

  it("refuses a taken name, English name or slug, and a slug with no Latin letters, writing nothing", async () => {
    const { db, user, createSection } = await load();
    const editor = await user("EDITOR");
    const first = await createSection(editor, form({ name: "本地新聞", nameEn: "Local News" }));
    const count = await db.section.count();
    expect(await refusal(createSection(editor, form({ name: "本地新聞" })))).toMatchObject({
      code: "CONFLICT",
      reason: "nameTaken",
      field: "name",
    });
    expect(await refusal(createSection(editor, form({ nameEn: "local news" })))).toMatchObject({
      reason: "nameEnTaken",
      field: "nameEn",
    });
    expect(await refusal(createSection(editor, form({ slug: first.slug })))).toMatchObject({
      reason: "slugTaken",
      field: "slug",
      message: expect.stringContaining(`/sections/${first.slug}`),
    });
    expect(await refusal(createSection(editor, form({ slug: "★ ☆ !!" })))).toMatchObject({
      code: "INVALID_INPUT",
      reason: "slugEmpty",
      field: "slug",
    });
    const reporter = await user("REPORTER");
    expect(await refusal(createSection(editor, form({ headIds: [reporter.id] })))).toMatchObject({
      reason: "headNotEditor",
      field: "headIds",
    });
    expect(await db.section.count()).toBe(count);
  });

  it("renames: the old slug stays as a redirect to the new one; renaming back frees it", async () => {
    const { db, user, createSection, updateSection, findSection } = await load();
    const editor = await user("EDITOR");
    const made = await createSection(editor, form({ name: "經濟", nameEn: "Economy" }));
    const { slug } = await updateSection(editor, {
      sectionId: made.id,
      ...form({ name: "財經", nameEn: "Business", slug: "caijing" }),
    });
    expect(slug).toBe("caijing");
    expect(await db.sectionRedirect.findUnique({ where: { fromSlug: made.slug } })).toMatchObject({
      sectionId: made.id,
    });
    expect(await findSection("caijing")).toMatchObject({ name: "財經", nameEn: "Business" });
    // Another section may not take the old address while it still answers for this one.
    expect(await refusal(createSection(editor, form({ slug: made.slug })))).toMatchObject({
      reason: "slugTaken",
    });
    await updateSection(editor, {
      sectionId: made.id,
      ...form({ name: "財經", nameEn: "Business", slug: made.slug }),
    });
    expect(await db.sectionRedirect.findMany({ where: { sectionId: made.id } })).toEqual([
      expect.objectContaining({ fromSlug: "caijing" }),
    ]);
  });

  it("reorders with dense positions, and the navigation follows at once", async () => {
    const { db, user, createSection, moveSection, listSections } = await load();
    const editor = await user("EDITOR");
    const a = await createSection(editor, form());
    const b = await createSection(editor, form());
    await listSections(); // cached before the move
    await moveSection(editor, { sectionId: b.id, direction: "up" });
    const ids = (await listSections()).map((section) => section.id);
    expect(ids.indexOf(b.id)).toBe(ids.indexOf(a.id) - 1);
    const positions = (await db.section.findMany({ orderBy: { position: "asc" } })).map(
      (row) => row.position,
    );
    expect(positions).toEqual(positions.map((_, index) => index));
    // The first cannot go further up: nothing changes.
    const first = (await listSections())[0]!;
    expect(await moveSection(editor, { sectionId: first.id, direction: "up" })).toEqual({
      position: 0,
    });
  });

  it("archives: gone from the navigation, its page still found; restore brings it back", async () => {
    const { user, createSection, archiveSection, listSections, findSection } = await load();
    const editor = await user("EDITOR");
    const made = await createSection(editor, form());
    await archiveSection(editor, { sectionId: made.id, archived: true });
    expect((await listSections()).some((section) => section.id === made.id)).toBe(false);
    expect(await findSection(made.slug)).toMatchObject({ id: made.id });
    await archiveSection(editor, { sectionId: made.id, archived: false });
    expect((await listSections()).some((section) => section.id === made.id)).toBe(true);
  });

  it("deletes only an empty section; with stories it is refused with their number", async () => {
    const { db, user, createArticle, createSection, deleteSection } = await load();
    const editor = await user("EDITOR");
    const full = await createSection(editor, form());
    for (let i = 0; i < 2; i++) {
      const article = await createArticle(db, { createdById: editor.id });
      await db.article.update({ where: { id: article.id }, data: { sectionId: full.id } });
    }
    expect(await refusal(deleteSection(editor, { sectionId: full.id }))).toMatchObject({
      code: "CONFLICT",
      reason: "sectionHasStories",
      count: 2,
      message: "This section has 2 stories; move or archive them first.",
    });
    expect(await db.section.findUnique({ where: { id: full.id } })).not.toBeNull();
    const empty = await createSection(editor, form());
    await deleteSection(editor, { sectionId: empty.id });
    expect(await db.section.findUnique({ where: { id: empty.id } })).toBeNull();
    const positions = (await db.section.findMany({ orderBy: { position: "asc" } })).map(
      (row) => row.position,
    );
    expect(positions).toEqual(positions.map((_, index) => index));
  });

  it("tells every instance to drop every reader page (the navigation is on each)", async () => {
    const { user, createSection, moveSection } = await load();
    const editor = await user("EDITOR");
    const made = await createSection(editor, form());
    const heard: InvalidationMessage[] = [];
    const listener = listenForInvalidations(database.url(), {
      onMessage: (message) => heard.push(message),
      onReset: () => undefined,
    });
    try {
      await expect.poll(() => listener.isConnected()).toBe(true);
      await moveSection(editor, { sectionId: made.id, direction: "up" });
      await expect
        .poll(() => heard.flatMap((message) => message.tags))
        .toEqual(expect.arrayContaining(["sections", "home", `section:${made.id}`]));
    } finally {
      await listener.stop();
    }
  });
});
