import { expect, test } from "@playwright/test";
import { photoJpeg } from "../../lib/testing/media-images";
import { createArticle, createUser, FACTORY_PASSWORD } from "../../prisma/factories";
import { signIn } from "../fixtures/auth";
import { e2eBaseUrl } from "../fixtures/config";
import { e2eDb } from "../fixtures/db";
import { publishThroughApi } from "../fixtures/publish";
import { SAMPLE } from "../fixtures/sample";

const db = e2eDb();
test.afterAll(() => db.$disconnect());

const ARTICLE = `/articles/${SAMPLE.slug}`;

test.describe("[READER] rough edges a reader meets", () => {
  // Each walks several pages (and signs in); the machine running the suite may be busy.
  test.describe.configure({ timeout: 120_000 });

  test("a featured image that is also in the body shows once, with the story's caption", async ({
    page,
    browser,
  }) => {
    const editor = await createUser(db, { role: "EDITOR" });
    await signIn(page, editor.email, FACTORY_PASSWORD);
    const uploaded = await page.request.post("/api/v1/media", {
      headers: { origin: e2eBaseUrl },
      multipart: {
        file: {
          name: "bridge.jpg",
          mimeType: "image/jpeg",
          buffer: await photoJpeg({ width: 1600, height: 1000 }),
        },
      },
    });
    expect(uploaded.status()).toBe(201);
    const { media } = (await uploaded.json()) as { media: { id: string } };
    await db.media.update({ where: { id: media.id }, data: { alt: "黃河大橋" } });
    await expect
      .poll(
        async () => (await db.media.findUniqueOrThrow({ where: { id: media.id } })).variantsReadyAt,
        { timeout: 30_000, intervals: [250] },
      )
      .not.toBeNull();
    const caption = `黃河大橋今晨通車 ${Date.now().toString(36)}`;
    const article = await createArticle(db, { createdById: editor.id, status: "APPROVED" });
    await db.article.update({
      where: { id: article.id },
      data: {
        featuredImageId: media.id,
        body: {
          type: "doc",
          content: [
            {
              type: "image",
              attrs: { mediaId: media.id, alt: "黃河大橋", caption, credit: "攝影｜李榕" },
            },
            { type: "paragraph", content: [{ type: "text", text: "大橋今晨通車。" }] },
          ],
        },
      },
    });
    await publishThroughApi(page.request, db, article.id, e2eBaseUrl);

    const reader = await (await browser.newContext()).newPage();
    await reader.goto(`/articles/${article.slug}`);
    await expect(reader.locator("article figure")).toHaveCount(1);
    await expect(reader.locator("article figure figcaption")).toContainText(caption);
    // Still the share card's picture, at the address the reader used.
    await expect(reader.locator('meta[property="og:image"]')).toHaveAttribute(
      "content",
      new RegExp(`^${e2eBaseUrl}/media/`),
    );
  });

  test("the search results page keeps the query in its search box", async ({ page }) => {
    await page.goto(`/search?q=${encodeURIComponent("复工")}`);
    await expect(
      page.getByRole("search", { name: "Search" }).getByRole("searchbox", { name: "Search" }),
    ).toHaveValue("复工");
    // Elsewhere the box starts empty.
    await page.goto(`${ARTICLE}?q=${encodeURIComponent("复工")}`);
    await expect(page.getByRole("searchbox", { name: "Search" })).toHaveValue("");
  });

  test("a printed article carries the paper's name and its address", async ({ page }) => {
    await page.goto(ARTICLE);
    const masthead = page.locator("[data-print-masthead]");
    await expect(masthead).toBeHidden();
    await page.emulateMedia({ media: "print" });
    await expect(masthead).toBeVisible();
    await expect(masthead).toContainText("Dezhou Daily");
    await expect(masthead).toContainText(`${e2eBaseUrl}${ARTICLE}`);
    await expect(page.getByRole("navigation", { name: "Main navigation" })).toBeHidden();
  });

  test("an English article names its section in English and is not justified; Chinese is", async ({
    page,
  }) => {
    const editor = await createUser(db, { role: "EDITOR" });
    // 經濟 keeps the single desk review and no checklist (本地 runs every pre-publish check).
    const economy = await db.section.findUniqueOrThrow({ where: { slug: "economy" } });
    const article = await createArticle(db, {
      createdById: editor.id,
      status: "APPROVED",
      headline: `Harbour reopens after the storm ${Date.now().toString(36)}`,
    });
    await db.article.update({
      where: { id: article.id },
      data: {
        language: "en",
        sectionId: economy.id,
        body: {
          type: "doc",
          content: [
            {
              type: "paragraph",
              content: [{ type: "text", text: "The harbour reopened on Monday. ".repeat(12) }],
            },
          ],
        },
      },
    });
    await signIn(page, editor.email, FACTORY_PASSWORD);
    await publishThroughApi(page.request, db, article.id, e2eBaseUrl);

    // A reader whose interface is Chinese: the English story still says "Economy".
    const reader = await (
      await page
        .context()
        .browser()!
        .newContext({ extraHTTPHeaders: { "Accept-Language": "zh-TW" } })
    ).newPage();
    await reader.goto(`/articles/${article.slug}`);
    await expect(reader.locator("article header")).toContainText("Economy");
    await expect(reader.locator("article header")).not.toContainText("經濟");
    const align = (selector: string) =>
      reader
        .locator(selector)
        .first()
        .evaluate((element) => getComputedStyle(element).textAlign);
    expect(await align(".article-body p")).toBe("start");
    await reader.goto(`/sections/economy`);
    await expect(
      reader
        .getByRole("listitem")
        .filter({ hasText: article.headline })
        .getByRole("link", { name: "Economy" }),
    ).toBeVisible();
    await reader.goto(ARTICLE);
    expect(await align(".article-body p")).toBe("justify");
  });
});
