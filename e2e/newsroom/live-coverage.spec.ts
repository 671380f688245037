import type { Browser, Page } from "@playwright/test";
import { photoJpeg } from "../../lib/testing/media-images";
import { e2eBaseUrl } from "../fixtures/config";
import { e2eDb } from "../fixtures/db";
import { expect, test } from "../fixtures/session";

const db = e2eDb();
test.afterAll(() => db.$disconnect());

/** A reader who is not signed in, so the page comes from the page cache as anyone's would. */
const anonymous = (browser: Browser, options: { javaScriptEnabled?: boolean } = {}) =>
  browser
    .newContext({ storageState: { cookies: [], origins: [] }, locale: "en", ...options })
    .then((context) => context.newPage());
const composer = (page: Page) => page.getByRole("form", { name: "Add update" });
const desk = (page: Page) => page.getByRole("region", { name: "Live updates" });
const entries = (page: Page) => page.locator("[data-live-updates] > li");
/** The desk is hydrated once its editor has mounted (Tiptap mounts in the browser only). */
const deskReady = (page: Page) =>
  expect(composer(page).getByRole("textbox", { name: "Update", exact: true })).toBeVisible();
const deskList = (page: Page) =>
  desk(page).getByRole("list", { name: "Live updates" }).getByRole("listitem");

async function transition(page: Page, articleId: string, name: string) {
  const { version } = await db.article.findUniqueOrThrow({ where: { id: articleId } });
  const response = await page.request.post(`/api/v1/articles/${articleId}/transitions`, {
    headers: { origin: e2eBaseUrl },
    data: { transition: name, version },
  });
  expect(response.status(), `${name}: ${await response.text()}`).toBe(200);
}

test.describe("[LIVE] live coverage of a flood warning", () => {
  test.use({ role: "editor" });
  test.describe.configure({ timeout: 180_000 });

  test("李榕 opens it, 王賀 posts two updates readers see arrive, one is corrected, and it ends", async ({
    page,
    pageAs,
    browser,
  }) => {
    const unique = Date.now().toString(36);
    const headline = `德州發布洪水預警 ${unique}`;

    // 李榕 starts live coverage from the newsroom's front page.
    await page.goto("/newsroom");
    await page.getByRole("button", { name: "New live coverage" }).click();
    await expect(page).toHaveURL(/\/newsroom\/articles\/[0-9a-f-]+$/, { timeout: 15_000 });
    const articleId = page.url().split("/").at(-1)!;
    await expect(desk(page)).toContainText("Publish the coverage to open it");
    await page.getByLabel("Headline").fill(headline);
    await expect(page.locator("[data-save-status]")).toHaveText("Saved", { timeout: 10_000 });
    // 王賀 joins the coverage's bylines, then the desk opens it (submit, approve, publish).
    const wangHe = await db.contributor.findUniqueOrThrow({ where: { slug: "wang-he" } });
    await db.byline.create({
      data: { articleId, contributorId: wangHe.id, role: "REPORTER", position: 1 },
    });
    for (const step of ["submit", "approve", "publish"]) await transition(page, articleId, step);
    const { slug } = await db.article.findUniqueOrThrow({ where: { id: articleId } });
    expect(await db.article.findUniqueOrThrow({ where: { id: articleId } })).toMatchObject({
      kind: "LIVE",
      status: "PUBLISHED",
    });

    // A reader opens the page (with JavaScript) before any update.
    const reader = await anonymous(browser);
    await reader.goto(`/articles/${slug}`);
    await expect(reader.getByText("No updates yet")).toBeVisible();

    // 王賀 posts: an empty update is refused with a sentence, and nothing is written.
    const reporter = await pageAs("reporter");
    await reporter.goto(`/newsroom/articles/${articleId}`);
    await deskReady(reporter);
    await composer(reporter).getByRole("button", { name: "Add update" }).click();
    await expect(composer(reporter).getByRole("alert")).toHaveText(
      "Write the update: it cannot be empty.",
    );
    expect(await db.liveUpdate.count({ where: { articleId } })).toBe(0);

    // The first: a key event with a photo.
    await composer(reporter).getByLabel("Title (optional)").fill("漳衛新河水位超警戒");
    await composer(reporter).getByRole("textbox", { name: "Update", exact: true }).click();
    await reporter.keyboard.type("下午三時，漳衛新河德州段水位超過警戒線零點五米。");
    // The desk says who is writing an update now.
    await expect(desk(page).getByRole("status").filter({ hasText: "is writing" })).toHaveText(
      "王賀 is writing an update",
      { timeout: 20_000 },
    );
    const chooser = reporter.waitForEvent("filechooser");
    await composer(reporter).getByRole("button", { name: "Upload image", exact: true }).click();
    await (
      await chooser
    ).setFiles({
      name: "river.jpg",
      mimeType: "image/jpeg",
      buffer: await photoJpeg({ width: 1200, height: 800 }),
    });
    await expect(composer(reporter).locator("figure img")).toBeVisible({ timeout: 15_000 });
    await composer(reporter).getByLabel("Alt text").fill("漳衛新河河水漫過堤岸");
    await composer(reporter)
      .getByRole("checkbox", { name: /^Key event/ })
      .check();
    await composer(reporter).getByRole("button", { name: "Add update" }).click();
    await expect(composer(reporter).getByText("Update published.")).toBeVisible();
    await expect(deskList(reporter)).toHaveCount(1);

    // The second: plain text.
    await composer(reporter).getByRole("textbox", { name: "Update", exact: true }).click();
    await reporter.keyboard.type("武城縣開始轉移低窪地區群眾。");
    await composer(reporter).getByRole("button", { name: "Add update" }).click();
    await expect(deskList(reporter)).toHaveCount(2);

    // The open page hears of both without reloading, and shows them when asked.
    const arrived = reader.getByRole("button", { name: "2 new updates" });
    await expect(arrived).toBeVisible({ timeout: 15_000 });
    await arrived.click();
    await expect(entries(reader)).toHaveCount(2);
    await expect(entries(reader).first()).toContainText("武城縣開始轉移低窪地區群眾。");
    await expect(reader.getByText("No updates yet")).toHaveCount(0);
    await expect(entries(reader).nth(1)).toContainText("水位超過警戒線");
    await expect(entries(reader).nth(1).locator("picture img")).toHaveAttribute(
      "alt",
      "漳衛新河河水漫過堤岸",
    );
    await expect(reader.getByRole("navigation", { name: "Key events" })).toContainText(
      "漳衛新河水位超警戒",
    );

    // A reader without JavaScript sees them on (re)load.
    const plain = await anonymous(browser, { javaScriptEnabled: false });
    await plain.goto(`/articles/${slug}`);
    await expect(entries(plain)).toHaveCount(2);
    await expect(plain.getByText("王賀").first()).toBeVisible();
    // …in either script, and "Live now" on the home page leads to it.
    await plain.goto(`/articles/${slug}?script=hans`);
    await expect(entries(plain).first()).toContainText("武城县开始转移低洼地区群众。");
    await plain.goto("/");
    await plain
      .getByRole("region", { name: "Live now" })
      .getByRole("link", { name: headline })
      .click();
    await expect(plain).toHaveURL(new RegExp(`/articles/${slug}$`));

    // 李榕 corrects the second update; the open page shows it in place.
    await page.reload();
    await deskReady(page);
    const second = desk(page).getByRole("listitem").filter({ hasText: "武城縣開始轉移" });
    await second.getByRole("button", { name: "Add correction" }).click();
    const dialog = page.getByRole("dialog", { name: "Add correction" });
    await dialog.getByLabel("Correction").fill("應為武城縣及夏津縣。");
    await dialog.getByRole("button", { name: "Add correction" }).click();
    await expect(second.getByText("Correction added.")).toBeVisible();
    await expect(entries(reader).first()).toContainText("應為武城縣及夏津縣。", {
      timeout: 15_000,
    });

    // Coverage ends: no more updates, and the page says so.
    await desk(page).getByRole("button", { name: "End coverage" }).click();
    await page
      .getByRole("dialog", { name: "End this coverage?" })
      .getByRole("button", { name: "End coverage" })
      .click();
    await expect(desk(page).getByRole("button", { name: "Reopen coverage" })).toBeVisible();
    await expect(composer(page)).toHaveCount(0);
    await expect(reader.getByText(/^Coverage ended/)).toBeVisible({ timeout: 15_000 });
    await plain.reload();
    await expect(plain.getByText(/^Coverage ended/)).toBeVisible();

    // Structured data: a LiveBlogPosting with its start, end and both updates.
    const json = await plain.locator('script[type="application/ld+json"]').first().textContent();
    const data = JSON.parse(json!) as Record<string, unknown> & {
      liveBlogUpdate: Array<Record<string, string>>;
    };
    expect(data).toMatchObject({
      "@context": "https://schema.org",
      "@type": "LiveBlogPosting",
      headline,
    });
    for (const time of [data.coverageStartTime, data.coverageEndTime, data.datePublished])
      expect(Date.parse(time as string)).not.toBeNaN();
    expect(data.liveBlogUpdate).toHaveLength(2);
    for (const update of data.liveBlogUpdate) {
      expect(update["@type"]).toBe("BlogPosting");
      expect(update.headline).toBeTruthy();
      expect(Date.parse(update.datePublished!)).not.toBeNaN();
      expect(update.url).toMatch(new RegExp(`/articles/${slug}#update-`));
    }
    expect(data.liveBlogUpdate[1]).toMatchObject({
      headline: "漳衛新河水位超警戒",
      articleBody: expect.stringContaining("水位超過警戒線"),
    });

    // Ended coverage takes no update, whoever asks.
    await reporter.reload();
    await expect(composer(reporter)).toHaveCount(0);
    expect(await db.liveUpdate.count({ where: { articleId } })).toBe(2);
  });
});
