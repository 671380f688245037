import crypto from "node:crypto";
import type { Page } from "@playwright/test";
import { createArticle } from "../../prisma/factories";
import { DEMO } from "../fixtures/auth";
import { axeViolations } from "../fixtures/axe";
import { e2eDb } from "../fixtures/db";
import { expect, test } from "../fixtures/session";

// Other specs run beside this one on the same database: every tag made here carries `id`
// in its name and slug, and the demo's tags are never renamed, merged or deleted.
const db = e2eDb();
test.afterAll(() => db.$disconnect());

const id = crypto.randomBytes(3).toString("hex");

/** The row of the tag named `name` on /newsroom/tags, searched for by this run's id. */
async function tagRow(page: Page, name: string) {
  await page.goto(`/newsroom/tags?q=${id}`);
  return page.getByRole("row").filter({ has: page.getByRole("cell", { name, exact: true }) });
}

test.describe("[SITE] tags: the editor's type-ahead and /newsroom/tags", () => {
  test.describe.configure({ timeout: 120_000 });

  test("a reporter finds 復工 by typing 复工, creates a tag, and both stay on the story", async ({
    pageAs,
  }) => {
    const reporter = await db.user.findUniqueOrThrow({ where: { email: DEMO.reporter.email } });
    const story = await createArticle(db, { createdById: reporter.id });
    const existing = await db.tag.create({ data: { name: `復工${id}`, slug: `fugong-${id}` } });
    const page = await pageAs("reporter");
    await page.goto(`/newsroom/articles/${story.id}`);

    // Simplified typed, the Traditional tag offered; picked with the keyboard.
    const tags = page.getByRole("combobox", { name: "Tags" });
    await tags.fill(`复工${id}`);
    await expect(page.getByRole("option", { name: `復工${id}`, exact: true })).toBeVisible();
    await tags.press("ArrowDown");
    await expect(tags).toHaveAttribute("aria-activedescendant", /.+/);
    await tags.press("Enter");
    await expect(page.getByRole("button", { name: `Remove tag 復工${id}` })).toBeVisible();
    await expect(tags).toHaveValue("");

    // Nothing is exactly 新標籤…: "Create tag …" makes it and adds it.
    await tags.fill(`新標籤${id}`);
    await page.getByRole("option", { name: `Create tag 新標籤${id}` }).click();
    await expect(page.getByRole("button", { name: `Remove tag 新標籤${id}` })).toBeVisible();
    await expect(page.locator("[data-save-status]")).toHaveText("Saved", { timeout: 10_000 });

    await page.reload();
    await expect(page.getByRole("button", { name: `Remove tag 復工${id}` })).toBeVisible();
    await expect(page.getByRole("button", { name: `Remove tag 新標籤${id}` })).toBeVisible();
    const links = await db.articleTag.findMany({
      where: { articleId: story.id },
      include: { tag: true },
      orderBy: { position: "asc" },
    });
    expect(links.map((link) => link.tag.name)).toEqual([existing.name, `新標籤${id}`]);
  });

  test("an editor renames (the old address 301s), merges, and may not delete a used tag", async ({
    pageAs,
  }) => {
    const editor = await db.user.findUniqueOrThrow({ where: { email: DEMO.editor.email } });
    const renamed = await db.tag.create({ data: { name: `舊名${id}`, slug: `jiuming-${id}` } });
    const source = await db.tag.create({ data: { name: `新冠${id}`, slug: `xinguan-${id}` } });
    const target = await db.tag.create({ data: { name: `新冠肺炎${id}`, slug: `feiyan-${id}` } });
    const story = await createArticle(db, { createdById: editor.id });
    await db.articleTag.create({ data: { articleId: story.id, tagId: source.id } });
    const page = await pageAs("editor");

    await page.goto("/newsroom");
    await page
      .getByRole("navigation", { name: "Newsroom navigation" })
      .getByRole("link", { name: "Tags" })
      .click();
    await expect(page.getByRole("heading", { level: 1, name: "Tags" })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);

    // Rename: a new slug, and the old reader address answers 301 to it.
    let row = await tagRow(page, renamed.name);
    await expect(row.getByRole("cell", { name: "0", exact: true })).toBeVisible();
    await row.getByRole("button", { name: "Rename" }).click();
    const dialog = page.getByRole("dialog", { name: `Rename tag ${renamed.name}` });
    await dialog.getByLabel("Name").fill(`新名${id}`);
    await dialog.getByLabel("Slug").fill(`xinming-${id}`);
    await dialog.getByRole("button", { name: "Save tag" }).click();
    await expect(dialog).toBeHidden();
    const old = await page.request.get(`/tags/jiuming-${id}`, { maxRedirects: 0 });
    expect(old.status()).toBe(301);
    expect(old.headers().location).toBe(`/tags/xinming-${id}`);

    // Merging into itself is refused with a sentence; into another, the story moves.
    row = await tagRow(page, source.name);
    await row.getByRole("button", { name: "Merge" }).click();
    let merge = page.getByRole("dialog", { name: `Merge tag ${source.name}` });
    await merge.getByRole("combobox", { name: "Merge into" }).fill(source.name);
    await merge.getByRole("option", { name: source.name, exact: true }).click();
    await merge.getByRole("button", { name: "Merge tags" }).click();
    await expect(row.getByRole("status")).toHaveText(
      "A tag cannot be merged into itself; choose another tag.",
    );
    await row.getByRole("button", { name: "Merge" }).click();
    merge = page.getByRole("dialog", { name: `Merge tag ${source.name}` });
    await merge.getByRole("combobox", { name: "Merge into" }).fill(`新冠肺炎${id}`);
    await merge.getByRole("option", { name: target.name, exact: true }).click();
    await merge.getByRole("button", { name: "Merge tags" }).click();
    await expect(row).toHaveCount(0);
    expect(await db.tag.findUnique({ where: { id: source.id } })).toBeNull();
    expect(
      (await db.articleTag.findMany({ where: { articleId: story.id } })).map((l) => l.tagId),
    ).toEqual([target.id]);
    const merged = await page.request.get(`/tags/xinguan-${id}`, { maxRedirects: 0 });
    expect(merged.headers().location).toBe(`/tags/feiyan-${id}`);

    // The target now has the story: deleting it is refused, and it stays.
    row = await tagRow(page, target.name);
    await row.getByRole("button", { name: "Delete" }).click();
    await page
      .getByRole("dialog", { name: `Delete the tag ${target.name}?` })
      .getByRole("button", { name: "Delete tag" })
      .click();
    await expect(row.getByRole("status")).toHaveText(
      "This tag is on 1 story; merge it into another tag instead.",
    );
    expect(await db.tag.findUnique({ where: { id: target.id } })).not.toBeNull();

    for (const width of [1366, 375]) {
      await page.setViewportSize({ width, height: 900 });
      await page.screenshot({ path: test.info().outputPath(`tags-${width}.png`), fullPage: true });
    }
  });

  test("a reporter has no tags page and no link to one", async ({ pageAs }) => {
    const reporter = await pageAs("reporter");
    await reporter.goto("/newsroom");
    const nav = reporter.getByRole("navigation", { name: "Newsroom navigation" });
    await expect(nav.getByRole("link", { name: "Sections" })).toHaveCount(0);
    await expect(nav.getByRole("link", { name: "Tags" })).toHaveCount(0);
    expect((await reporter.goto("/newsroom/tags"))?.status()).toBe(404);
  });
});
