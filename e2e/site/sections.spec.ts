import crypto from "node:crypto";
import type { Browser, Page } from "@playwright/test";
import { createArticle, createUser } from "../../prisma/factories";
import { DEMO } from "../fixtures/auth";
import { e2eDb } from "../fixtures/db";
import { expect, test } from "../fixtures/session";

// Other specs run beside this one on the same database: the sections made here have
// names and slugs of their own, and the demo's sections are never renamed or deleted.
const db = e2eDb();
test.afterAll(() => db.$disconnect());

const id = crypto.randomBytes(3).toString("hex");
const NEWS = { name: `要聞${id}`, nameEn: `Headlines ${id}` };
const SPORT = { name: `體育${id}`, nameEn: `Sport ${id}`, slug: `tiyu-${id}` };

/** A signed-out reader with an English interface, in a context of its own. */
async function anonymousReader(browser: Browser): Promise<Page> {
  const context = await browser.newContext({
    storageState: { cookies: [], origins: [] },
    extraHTTPHeaders: { "Accept-Language": "en" },
  });
  return context.newPage();
}

/** The section links of the reader's navigation, in order, after a fresh load. */
async function navigation(reader: Page): Promise<string[]> {
  await reader.goto("/");
  return reader
    .getByRole("navigation", { name: "Main navigation" })
    .getByRole("link")
    .allTextContents();
}

async function create(page: Page, fields: Record<string, string>) {
  const form = page.getByRole("form", { name: "New section" });
  await form.getByLabel("Name (Traditional)").fill(fields.name ?? "");
  await form.getByLabel("Name (English)").fill(fields.nameEn ?? "");
  await form.getByLabel("Slug").fill(fields.slug ?? "");
  await form.getByRole("button", { name: "Create section" }).click();
  return form;
}

test.describe("[SITE] sections: the desks and the reader's navigation", () => {
  test.describe.configure({ timeout: 120_000 });
  test.use({ role: "admin" });

  test("an admin creates, reorders, renames, archives and deletes; an anonymous reader follows", async ({
    page,
    browser,
  }) => {
    await page.goto("/newsroom");
    await page
      .getByRole("navigation", { name: "Newsroom navigation" })
      .getByRole("link", { name: "Sections" })
      .click();
    await expect(page.getByRole("heading", { level: 1, name: "Sections" })).toBeVisible();

    // 要聞…: the slug is made from the Traditional name (pinyin); 體育… names a desk head.
    let form = await create(page, NEWS);
    await expect(form.getByRole("status")).toContainText("Section created.");
    await expect(form.getByLabel("Name (Traditional)")).toHaveValue("");
    const news = await db.section.findFirstOrThrow({ where: { name: NEWS.name } });
    expect(news.slug).toMatch(new RegExp(`^yao-?wen-${id}$`));
    await page
      .getByRole("form", { name: "New section" })
      .getByLabel(DEMO.editor.name, { exact: true })
      .check();
    form = await create(page, SPORT);
    await expect(form.getByRole("status")).toContainText("Section created.");
    await expect(form.getByLabel("Name (English)")).toHaveValue("");
    const sport = await db.section.findUniqueOrThrow({
      where: { slug: SPORT.slug },
      include: { heads: { include: { user: true } } },
    });
    expect(sport.heads.map((head) => head.user.name)).toEqual([DEMO.editor.name]);

    // The same name again: one sentence beside the field, what was typed kept, nothing written.
    const count = await db.section.count();
    form = await create(page, { ...NEWS, nameEn: `Other ${id}` });
    await expect(form.getByLabel("Name (Traditional)")).toHaveAccessibleDescription(
      "Another section already has that name.",
    );
    await expect(form.getByLabel("Name (English)")).toHaveValue(`Other ${id}`);
    expect(await db.section.count()).toBe(count);
    // A slug with nothing left in Latin letters.
    form = await create(page, { name: `空${id}`, nameEn: `Empty ${id}`, slug: "★☆" });
    await expect(form.getByLabel("Slug")).toHaveAccessibleDescription(/no letters or digits/);
    expect(await db.section.count()).toBe(count);

    // Sport was created last; "Move up" puts it before News, and readers see that order.
    const reader = await anonymousReader(browser);
    const newsRow = page.getByRole("row").filter({ hasText: NEWS.nameEn });
    const sportRow = page.getByRole("row").filter({ hasText: SPORT.nameEn });
    await expect
      .poll(() => navigation(reader))
      .toEqual(expect.arrayContaining([NEWS.nameEn, SPORT.nameEn]));
    await sportRow.getByRole("button", { name: "Move up" }).click();
    await expect(sportRow.getByRole("status")).toContainText("Order saved.");
    await expect
      .poll(async () => {
        const links = await navigation(reader);
        return links.indexOf(SPORT.nameEn) < links.indexOf(NEWS.nameEn);
      })
      .toBe(true);

    // Rename News's address: the old one answers 301 to the new one.
    await newsRow.getByRole("button", { name: "Edit" }).click();
    const dialog = page.getByRole("dialog", { name: `Edit section ${NEWS.name}` });
    await dialog.getByLabel("Slug").fill(`yaowen-new-${id}`);
    await dialog.getByRole("button", { name: "Save section" }).click();
    await expect(dialog).toBeHidden();
    const old = await reader.request.get(`/sections/${news.slug}`, { maxRedirects: 0 });
    expect(old.status()).toBe(301);
    expect(old.headers().location).toBe(`/sections/yaowen-new-${id}`);
    expect((await reader.request.get(`/sections/yaowen-new-${id}`)).status()).toBe(200);

    // A section with a story cannot be deleted: the sentence names how many.
    const author = await createUser(db, { role: "REPORTER" });
    const story = await createArticle(db, { createdById: author.id });
    await db.article.update({ where: { id: story.id }, data: { sectionId: news.id } });
    await page.reload();
    await newsRow.getByRole("button", { name: "Delete" }).click();
    await page
      .getByRole("dialog", { name: `Delete the section ${NEWS.name}?` })
      .getByRole("button", { name: "Delete section" })
      .click();
    await expect(newsRow.getByRole("status")).toHaveText(
      "This section has 1 story; move or archive them first.",
    );
    expect(await db.section.findUnique({ where: { id: news.id } })).not.toBeNull();

    // Archive Sport: gone from the navigation, its page still answers.
    await sportRow.getByRole("button", { name: "Archive" }).click();
    await expect(sportRow.getByRole("status")).toContainText("Section archived");
    await expect(sportRow.getByRole("button", { name: "Restore" })).toBeVisible();
    await expect.poll(() => navigation(reader)).not.toContain(SPORT.nameEn);
    expect((await reader.request.get(`/sections/${SPORT.slug}`)).status()).toBe(200);

    // Empty, Sport can be deleted (after the confirmation); its page is then gone.
    await sportRow.getByRole("button", { name: "Delete" }).click();
    await page
      .getByRole("dialog", { name: `Delete the section ${SPORT.name}?` })
      .getByRole("button", { name: "Delete section" })
      .click();
    await expect(sportRow).toHaveCount(0);
    expect(await db.section.findUnique({ where: { id: sport.id } })).toBeNull();
    expect((await reader.request.get(`/sections/${SPORT.slug}`)).status()).toBe(404);
    await reader.context().close();
  });

  test("a reporter has no sections page and no link to one", async ({ pageAs }) => {
    const reporter = await pageAs("reporter");
    await reporter.goto("/newsroom");
    const nav = reporter.getByRole("navigation", { name: "Newsroom navigation" });
    await expect(nav.getByRole("link", { name: "Sections" })).toHaveCount(0);
    expect((await reporter.goto("/newsroom/sections"))?.status()).toBe(404);
  });
});
