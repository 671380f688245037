import { expect, test, type Page } from "@playwright/test";
import { photoJpeg } from "../../lib/testing/media-images";
import { createArticle, createUser, FACTORY_PASSWORD } from "../../prisma/factories";
import { signIn } from "../fixtures/auth";
import { e2eDb } from "../fixtures/db";

const db = e2eDb();
test.afterAll(() => db.$disconnect());

const body = (page: Page) => page.getByRole("textbox", { name: "Body" });
const saved = (page: Page) =>
  expect(page.locator("[data-save-status]")).toHaveText("Saved", { timeout: 10_000 });
const workflow = (page: Page) => page.getByRole("region", { name: "Workflow" });

/** "Upload image" in the toolbar opens the system's file picker; Playwright answers it. */
async function uploadThroughToolbar(
  page: Page,
  file: { name: string; mimeType: string; buffer: Buffer },
) {
  const chooser = page.waitForEvent("filechooser");
  await page
    .getByRole("toolbar", { name: "Formatting" })
    .getByRole("button", { name: "Upload image", exact: true })
    .click();
  await (await chooser).setFiles(file);
}

/** Every URL of a srcset ("a 320w, b 640w"). */
const srcsetUrls = (srcset: string | null) =>
  (srcset ?? "")
    .split(",")
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? "")
    .filter(Boolean);

test.describe("[MEDIA] images in articles", () => {
  test.describe.configure({ timeout: 120_000 });

  test("upload in the editor, caption, credit and alt text, publish, and readers get a <picture> whose variants load", async ({
    page,
    browser,
    request,
  }) => {
    const editor = await createUser(db, { role: "EDITOR" });
    const article = await createArticle(db, {
      createdById: editor.id,
      status: "APPROVED",
      bylineUserIds: [editor.id],
    });
    await signIn(page, editor.email, FACTORY_PASSWORD);
    await page.goto(`/newsroom/articles/${article.id}`);
    await body(page).click();
    await page.keyboard.press("ControlOrMeta+End");

    // A refused file: the server's sentence in the alert by the body, nothing inserted.
    await uploadThroughToolbar(page, {
      name: "logo.svg",
      mimeType: "image/svg+xml",
      buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'),
    });
    await expect(
      page.getByRole("alert").filter({ hasText: "SVG images can carry scripts" }),
    ).toBeVisible();
    await expect(body(page).locator("figure")).toHaveCount(0);

    // A real photo, made on the spot.
    const jpeg = await photoJpeg({ width: 1600, height: 1000 });
    await uploadThroughToolbar(page, { name: "street.jpg", mimeType: "image/jpeg", buffer: jpeg });
    const figure = body(page).locator("figure");
    await expect(figure).toHaveCount(1);
    await expect(figure.locator("img")).toBeVisible();
    await expect(page.getByRole("alert").filter({ hasText: "SVG" })).toHaveCount(0);
    const caption = `德州街頭的兩名工人 ${Date.now().toString(36)}`;
    await figure.getByLabel("Caption").fill(caption);
    await figure.getByLabel("Credit").fill("攝影｜王賀");
    await saved(page);

    // Not without alt text: the workflow names the image.
    await workflow(page).getByRole("button", { name: "Publish", exact: true }).click();
    await expect(workflow(page).getByRole("alert")).toHaveText(
      `The image “${caption}” has no alt text: add it before publishing.`,
    );
    await figure.getByLabel("Alt text").fill("兩名工人在路口搬運建材");
    await saved(page);

    const usage = await db.articleMedia.findFirstOrThrow({
      where: { articleId: article.id, usage: "body" },
      include: { media: true },
    });
    // The variants job runs in the background: wait for it, so the published page names them.
    await expect
      .poll(
        async () =>
          (await db.media.findUniqueOrThrow({ where: { id: usage.mediaId } })).variantsReadyAt,
        { timeout: 30_000, intervals: [250] },
      )
      .not.toBeNull();

    await workflow(page).getByRole("button", { name: "Publish", exact: true }).click();
    await expect(page.getByTestId("workflow-status")).toHaveText("State: Published", {
      timeout: 15_000,
    });

    // An anonymous reader.
    const reader = await (await browser.newContext()).newPage();
    const response = await reader.goto(`/articles/${encodeURIComponent(article.slug)}`);
    expect(response?.status()).toBe(200);
    const published = reader.locator(".article-body figure");
    await expect(published).toHaveCount(1);
    await expect(published.locator("figcaption")).toContainText(caption);
    await expect(published.locator("figcaption .image-credit")).toHaveText("攝影｜王賀");
    const img = published.locator("picture > img");
    await expect(img).toHaveAttribute("alt", "兩名工人在路口搬運建材");
    await expect(img).toHaveAttribute("width", "1600");
    await expect(img).toHaveAttribute("height", "1000");
    await expect(img).toHaveAttribute("sizes", "(min-width: 40rem) 40rem, 100vw");
    await expect(img).toHaveAttribute("decoding", "async");

    const avif = await published.locator('source[type="image/avif"]').getAttribute("srcset");
    const webp = await published.locator('source[type="image/webp"]').getAttribute("srcset");
    const jpegSet = await img.getAttribute("srcset");
    const urls = [...srcsetUrls(avif), ...srcsetUrls(webp), ...srcsetUrls(jpegSet)];
    // 320, 640, 960, 1280 (not 1920: wider than the photo) in each of three formats.
    expect(srcsetUrls(avif).map((url) => url.match(/\/(\d+)\.avif$/)?.[1])).toEqual([
      "320",
      "640",
      "960",
      "1280",
    ]);
    expect(urls).toHaveLength(12);
    for (const url of urls) {
      expect(url).toMatch(/^\/media\/v\/[0-9a-f]{64}\/\d+\.(avif|webp|jpg)$/);
      const answer = await request.get(url);
      expect(answer.status(), url).toBe(200);
      const ext = url.split(".").pop();
      expect(answer.headers()["content-type"]).toBe(ext === "jpg" ? "image/jpeg" : `image/${ext}`);
    }
    // And the browser actually shows one of them.
    await img.scrollIntoViewIfNeeded();
    await expect
      .poll(() => img.evaluate((element: HTMLImageElement) => element.naturalWidth))
      .toBeGreaterThan(0);
    expect(await img.evaluate((element: HTMLImageElement) => element.currentSrc)).toMatch(
      /\/media\/v\//,
    );
  });
  test("the featured image leads the reader page and is the share card's picture", async ({
    page,
    browser,
  }) => {
    const editor = await createUser(db, { role: "EDITOR" });
    await signIn(page, editor.email, FACTORY_PASSWORD);
    const origin = new URL(page.url()).origin;
    const uploaded = await page.request.post("/api/v1/media", {
      headers: { origin },
      multipart: {
        file: {
          name: "harbour.jpg",
          mimeType: "image/jpeg",
          buffer: await photoJpeg({ width: 1600, height: 1000 }),
        },
      },
    });
    expect(uploaded.status()).toBe(201);
    const { media } = (await uploaded.json()) as { media: { id: string } };
    const caption = `德州港的清晨 ${Date.now().toString(36)}`;
    await db.media.update({
      where: { id: media.id },
      data: { alt: "晨光中停靠的貨輪", caption, credit: "攝影｜李榕" },
    });
    await expect
      .poll(
        async () => (await db.media.findUniqueOrThrow({ where: { id: media.id } })).variantsReadyAt,
        {
          timeout: 30_000,
          intervals: [250],
        },
      )
      .not.toBeNull();
    const article = await createArticle(db, { createdById: editor.id, status: "APPROVED" });
    await db.article.update({ where: { id: article.id }, data: { featuredImageId: media.id } });
    const published = await page.request.post(`/api/v1/articles/${article.id}/transitions`, {
      headers: { origin },
      data: { transition: "publish", version: article.version },
    });
    expect(published.status()).toBe(200);

    const reader = await (await browser.newContext()).newPage();
    await reader.goto(`/articles/${encodeURIComponent(article.slug)}`);
    const lead = reader.locator(".article-featured figure");
    await expect(lead.locator("picture > img")).toHaveAttribute("alt", "晨光中停靠的貨輪");
    await expect(lead.locator("picture > img")).toHaveAttribute("loading", "eager");
    await expect(lead.locator("figcaption")).toContainText(caption);
    await expect(lead.locator("figcaption .image-credit")).toHaveText("攝影｜李榕");
    // Above the body, and the body's own images are not it.
    await expect(reader.locator(".article-body figure")).toHaveCount(0);

    const card = await reader.locator('meta[property="og:image"]').getAttribute("content");
    expect(card).toMatch(/^https?:\/\/[^/]+\/media\/v\/[0-9a-f]{64}\/1280\.jpg$/);
    await expect(reader.locator('meta[property="og:image:alt"]')).toHaveAttribute(
      "content",
      "晨光中停靠的貨輪",
    );
    await expect(reader.locator('meta[name="twitter:card"]')).toHaveAttribute(
      "content",
      "summary_large_image",
    );
    const jsonLd = JSON.parse(
      (await reader.locator('script[type="application/ld+json"]').textContent()) ?? "{}",
    ) as { image?: string[] };
    expect(jsonLd.image).toEqual([card]);
    expect((await reader.request.get(new URL(card!).pathname)).status()).toBe(200);
  });
});
