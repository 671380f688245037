import crypto from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import type { Browser, Page } from "@playwright/test";
import { photoJpeg } from "../../lib/testing/media-images";
import { createArticle, createUser } from "../../prisma/factories";
import { e2eDb } from "../fixtures/db";
import { publishThroughApi } from "../fixtures/publish";
import { expect, test } from "../fixtures/session";

// Other specs run beside this one on the same database: the contributors made here have
// names and slugs of their own, and the demo's contributors are never changed.
const db = e2eDb();
test.afterAll(() => db.$disconnect());

const id = crypto.randomBytes(3).toString("hex");

/** A signed-out reader with an English interface, in a context of its own. */
async function anonymousReader(browser: Browser): Promise<Page> {
  const context = await browser.newContext({
    storageState: { cookies: [], origins: [] },
    extraHTTPHeaders: { "Accept-Language": "en" },
  });
  return context.newPage();
}

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(
    results.violations.map(
      (violation) =>
        `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`,
    ),
  ).toEqual([]);
}

test.describe("[SITE] contributors: profiles, merges and the reader's page", () => {
  test.describe.configure({ timeout: 120_000 });
  test.use({ role: "editor" });

  test("an editor fills a profile; the anonymous reader page and its JSON-LD show it", async ({
    page,
    browser,
  }) => {
    await page.goto("/newsroom");
    await page
      .getByRole("navigation", { name: "Newsroom navigation" })
      .getByRole("link", { name: "Contributors" })
      .click();
    await expect(page.getByRole("heading", { level: 1, name: "Contributors" })).toBeVisible();
    await expectNoAxeViolations(page);

    // The photo comes from the media library.
    const origin = new URL(page.url()).origin;
    const uploaded = await page.request.post("/api/v1/media", {
      headers: { origin },
      multipart: {
        file: { name: `chen-${id}.jpg`, mimeType: "image/jpeg", buffer: await photoJpeg() },
      },
    });
    expect(uploaded.status()).toBe(201);
    const { media } = (await uploaded.json()) as { media: { id: string } };

    await page.getByRole("link", { name: "New contributor" }).click();
    const slug = `chen-da-wen-${id}`;
    await page.getByLabel("Name", { exact: true }).fill(`陳大文${id}`);
    await page.getByLabel("Title", { exact: true }).fill("政治組記者");
    await page.getByLabel("Slug").fill(slug);
    await page.getByLabel("Biography").fill("跑立法院十年。");
    await page.getByLabel("Photo").selectOption({ label: `chen-${id}.jpg` });
    await page.getByLabel("Links").fill(`https://weibo.com/chen${id}\nhttps://x.com/chen${id}`);
    await page.getByRole("button", { name: "Create contributor" }).click();
    await expect(page.getByRole("status")).toContainText("Contributor created.");
    const made = await db.contributor.findUniqueOrThrow({ where: { slug } });
    expect(made).toMatchObject({
      jobTitle: "政治組記者",
      bio: "跑立法院十年。",
      photoId: media.id,
      links: [`https://weibo.com/chen${id}`, `https://x.com/chen${id}`],
    });
    await expect(
      page.getByRole("heading", { level: 1, name: `Edit contributor 陳大文${id}` }),
    ).toBeVisible();
    await expectNoAxeViolations(page);

    // A link that is not an http(s) address: one sentence beside it, nothing saved.
    await page.getByLabel("Links").fill("javascript:alert(1)");
    await page.getByRole("button", { name: "Save profile" }).click();
    await expect(page.getByLabel("Links")).toHaveAccessibleDescription(
      /Write each link as a full address starting with https:\/\//,
    );
    expect(await db.contributor.findUniqueOrThrow({ where: { id: made.id } })).toEqual(made);

    const reader = await anonymousReader(browser);
    await reader.goto(`/contributors/${slug}`);
    await expect(reader.getByRole("heading", { level: 1, name: `陳大文${id}` })).toBeVisible();
    await expect(reader.getByRole("img", { name: `陳大文${id}` })).toBeVisible();
    await expect(reader.getByText("政治組記者")).toBeVisible();
    await expect(reader.getByText("跑立法院十年。")).toBeVisible();
    await expect(reader.getByRole("link", { name: `weibo.com/chen${id}` })).toHaveAttribute(
      "href",
      `https://weibo.com/chen${id}`,
    );
    const jsonLd = JSON.parse(
      (await reader.locator('script[type="application/ld+json"]').first().textContent()) ?? "{}",
    ) as Record<string, unknown>;
    expect(jsonLd).toMatchObject({
      "@type": "Person",
      name: `陳大文${id}`,
      jobTitle: "政治組記者",
      image: expect.stringContaining("/media/"),
      sameAs: [`https://weibo.com/chen${id}`, `https://x.com/chen${id}`],
    });
    await reader.context().close();
  });

  test("a merge moves the bylines, and the duplicate's old address answers 301", async ({
    page,
    browser,
  }) => {
    const kept = await db.contributor.create({
      data: { name: `李小龍${id}`, slug: `li-xiao-long-${id}` },
    });
    const duplicate = await db.contributor.create({
      data: { name: `李小龍${id}`, slug: `li-xiao-long-2-${id}` },
    });
    const author = await createUser(db, { role: "REPORTER" });
    const story = await createArticle(db, {
      createdById: author.id,
      status: "APPROVED",
      headline: `合併測試 ${id}`,
    });
    await db.byline.create({
      data: { articleId: story.id, contributorId: duplicate.id, role: "REPORTER", position: 0 },
    });
    await page.goto(`/newsroom/contributors/${duplicate.id}`);
    await publishThroughApi(page.request, db, story.id, new URL(page.url()).origin);

    // Into itself: refused beside the field, nothing merged.
    const target = page.getByLabel("Address of the contributor to keep");
    await target.fill(duplicate.slug);
    await page.getByRole("button", { name: "Merge", exact: true }).click();
    await page
      .getByRole("dialog", { name: `Merge ${duplicate.name} into ${duplicate.slug}?` })
      .getByRole("button", { name: "Merge contributors" })
      .click();
    await expect(target).toHaveAccessibleDescription(/cannot be merged into itself/);
    expect(await db.contributor.count({ where: { id: duplicate.id } })).toBe(1);

    // The same name elsewhere is offered as a likely duplicate: one press fills the field.
    await page
      .getByRole("list", { name: /Possible duplicates/ })
      .getByRole("button", { name: new RegExp(`^${kept.name}\\s*${kept.slug} · 0 bylines$`) })
      .click();
    await expect(target).toHaveValue(kept.slug);
    await page.getByRole("button", { name: "Merge", exact: true }).click();
    await page
      .getByRole("dialog", { name: `Merge ${duplicate.name} into ${kept.slug}?` })
      .getByRole("button", { name: "Merge contributors" })
      .click();
    await expect(page.getByRole("status")).toHaveText("Merged: 1 byline moved.");
    expect(await db.contributor.count({ where: { id: duplicate.id } })).toBe(0);
    expect(await db.byline.findMany({ where: { articleId: story.id } })).toEqual([
      expect.objectContaining({ contributorId: kept.id, role: "REPORTER" }),
    ]);

    const reader = await anonymousReader(browser);
    const old = await reader.request.get(`/contributors/${duplicate.slug}`, { maxRedirects: 0 });
    expect(old.status()).toBe(301);
    expect(old.headers().location).toBe(`/contributors/${kept.slug}`);
    await reader.goto(`/contributors/${kept.slug}`);
    await expect(reader.getByRole("link", { name: `合併測試 ${id}` })).toBeVisible();
    await reader.context().close();
  });

  test("a contributor with bylines cannot be deleted; the sentence names how many", async ({
    page,
  }) => {
    const contributor = await db.contributor.create({
      data: { name: `張三${id}`, slug: `zhang-san-${id}` },
    });
    const author = await createUser(db, { role: "REPORTER" });
    const story = await createArticle(db, { createdById: author.id });
    await db.byline.create({
      data: { articleId: story.id, contributorId: contributor.id, role: "REPORTER", position: 0 },
    });
    await page.goto(`/newsroom/contributors/${contributor.id}`);
    await page.getByRole("button", { name: "Delete contributor" }).click();
    await page
      .getByRole("dialog", { name: `Delete the contributor ${contributor.name}?` })
      .getByRole("button", { name: "Delete contributor" })
      .click();
    await expect(page.getByRole("status")).toHaveText(
      "This contributor has 1 byline; merge them into another contributor instead.",
    );
    expect(await db.contributor.count({ where: { id: contributor.id } })).toBe(1);
  });

  test("a reporter has no contributors page and no link to one", async ({ pageAs }) => {
    const reporter = await pageAs("reporter");
    await reporter.goto("/newsroom");
    const nav = reporter.getByRole("navigation", { name: "Newsroom navigation" });
    await expect(nav.getByRole("link", { name: "Media" })).toBeVisible(); // the menu is there
    await expect(nav.getByRole("link", { name: "Contributors" })).toHaveCount(0);
    expect((await reporter.goto("/newsroom/contributors"))?.status()).toBe(404);
  });
});
