import type { APIRequestContext } from "@playwright/test";
import { photoJpeg } from "../../lib/testing/media-images";
import { createArticle } from "../../prisma/factories";
import { DEMO } from "../fixtures/auth";
import { e2eDb } from "../fixtures/db";
import { expect, test } from "../fixtures/session";

const db = e2eDb();
test.afterAll(() => db.$disconnect());

async function upload(
  request: APIRequestContext,
  origin: string,
  width: number,
  name = "harbour.jpg",
) {
  const response = await request.post("/api/v1/media", {
    headers: { origin },
    multipart: {
      file: {
        name,
        mimeType: "image/jpeg",
        buffer: await photoJpeg({ width, height: 240 }),
      },
    },
  });
  expect(response.status()).toBe(201);
  return ((await response.json()) as { media: { id: string } }).media;
}

test.describe("[MEDIA] the media library", () => {
  test.use({ role: "editor" });

  test("find an image, describe it, and see that one a published article uses cannot be deleted", async ({
    page,
  }) => {
    await page.goto("/newsroom");
    const origin = new URL(page.url()).origin;
    const used = await upload(page.request, origin, 401);
    const spare = await upload(page.request, origin, 402);
    const marker = `碼頭晨光 ${used.id.slice(-6)}`;

    await page
      .getByRole("navigation", { name: "Newsroom navigation" })
      .getByRole("link", { name: "Media" })
      .click();
    await expect(page.getByRole("heading", { level: 1, name: "Media library" })).toBeVisible();
    const card = page.locator(`#media-${used.id}`);
    // The thumbnail is a stored image that loads.
    const thumbnail = card.locator("img");
    await thumbnail.scrollIntoViewIfNeeded();
    await expect
      .poll(() => thumbnail.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
      .toBeGreaterThan(0);
    await card.getByLabel("Alt text").fill("清晨的碼頭，工人排隊登船");
    await card.getByLabel("Caption").fill(marker);
    await card.getByLabel("Credit").fill("攝影｜王賀");
    await card.getByRole("button", { name: "Save" }).click();
    await expect(page.locator(`#media-${used.id}`).getByRole("status")).toHaveText("Saved.");
    expect(await db.media.findUniqueOrThrow({ where: { id: used.id } })).toMatchObject({
      alt: "清晨的碼頭，工人排隊登船",
      caption: marker,
      credit: "攝影｜王賀",
    });

    // Search by caption; the type filter narrows it away.
    await page.getByRole("search").getByLabel("Search").fill(marker);
    await page.getByRole("search").getByRole("button", { name: "Filter" }).click();
    await expect(page.locator("article[id^=media-]")).toHaveCount(1);
    await page.getByRole("search").getByLabel("Type").selectOption("png");
    await page.getByRole("search").getByRole("button", { name: "Filter" }).click();
    await expect(page.getByText("No images match.")).toBeVisible();

    // A published article shows it: deleting is refused and the article is named.
    const editor = await db.user.findUniqueOrThrow({ where: { email: DEMO.editor.email } });
    const article = await createArticle(db, {
      createdById: editor.id,
      status: "APPROVED",
      headline: `碼頭復工 ${used.id.slice(-6)}`,
    });
    await db.article.update({
      where: { id: article.id },
      data: {
        body: {
          type: "doc",
          content: [
            {
              type: "image",
              attrs: { mediaId: used.id, alt: "清晨的碼頭", caption: null, credit: null },
            },
          ],
        },
      },
    });
    const published = await page.request.post(`/api/v1/articles/${article.id}/transitions`, {
      headers: { origin },
      data: { transition: "publish", version: article.version },
    });
    expect(published.status()).toBe(200);
    await page.goto(`/newsroom/media?q=${encodeURIComponent(marker)}`);
    const usedCard = page.locator(`#media-${used.id}`);
    await expect(usedCard.getByRole("link", { name: article.headline })).toBeVisible();
    await usedCard.getByRole("button", { name: "Delete" }).click();
    await expect(page.locator(`#media-${used.id}`).getByRole("status")).toHaveText(
      "This image is used in the articles listed below; remove it from them first.",
    );
    expect(await db.media.count({ where: { id: used.id } })).toBe(1);

    // An unused one goes.
    await page.goto("/newsroom/media");
    await page.locator(`#media-${spare.id}`).getByRole("button", { name: "Delete" }).click();
    await expect(page.getByText("Deleted.", { exact: true })).toHaveRole("status");
    await expect(page.locator(`#media-${spare.id}`)).toHaveCount(0);
    expect(await db.media.count({ where: { id: spare.id } })).toBe(0);
  });

  test("upload images from the library page: they lead the list, and a refused file says why", async ({
    page,
  }) => {
    await page.goto("/newsroom/media");
    const since = new Date();
    await page.getByLabel("Upload images").setInputFiles([
      {
        name: "pier-1.jpg",
        mimeType: "image/jpeg",
        buffer: await photoJpeg({ width: 404, height: 240 }),
      },
      {
        name: "pier-2.jpg",
        mimeType: "image/jpeg",
        buffer: await photoJpeg({ width: 405, height: 240 }),
      },
    ]);
    await expect(page.getByRole("status").filter({ hasText: "uploaded" })).toHaveText(
      "2 images uploaded.",
    );
    const uploaded = await db.media.findMany({
      where: { createdAt: { gte: since }, uploadedBy: { email: DEMO.editor.email } },
      orderBy: { createdAt: "desc" },
    });
    expect(uploaded.map((media) => media.width).sort()).toEqual([404, 405]);
    await expect(page.locator("article[id^=media-]").first()).toHaveAttribute(
      "id",
      `media-${uploaded[0]!.id}`,
    );

    await page.getByLabel("Upload images").setInputFiles({
      name: "notes.txt",
      mimeType: "text/plain",
      buffer: Buffer.from("not a photo"),
    });
    await expect(page.getByRole("alert").filter({ hasText: "image" })).toBeVisible();
    expect(
      await db.media.count({
        where: { createdAt: { gte: since }, uploadedBy: { email: DEMO.editor.email } },
      }),
    ).toBe(2);
  });

  test("a reporter sees another person's image read only", async ({ page, pageAs }) => {
    await page.goto("/newsroom");
    const theirs = await upload(page.request, new URL(page.url()).origin, 403);
    const reporter = await pageAs("reporter");
    await reporter.goto(`/newsroom/media#media-${theirs.id}`);
    const card = reporter.locator(`#media-${theirs.id}`);
    await expect(
      card.getByText("Only editors and the person who uploaded this image can change its details."),
    ).toBeVisible();
    await expect(card.getByRole("button", { name: "Save" })).toHaveCount(0);
    await expect(card.getByRole("button", { name: "Delete" })).toHaveCount(0);
  });

  test("two uploads of the same photo are told apart by file name, time and uploader", async ({
    page,
  }) => {
    await page.goto("/newsroom");
    const origin = new URL(page.url()).origin;
    const tag = Date.now().toString(36);
    const left = await upload(page.request, origin, 406, `pier-${tag}-left.jpg`);
    const right = await upload(page.request, origin, 406, `pier-${tag}-right.jpg`);
    await page.goto("/newsroom/media");
    for (const [media, name] of [
      [left, `pier-${tag}-left.jpg`],
      [right, `pier-${tag}-right.jpg`],
    ] as const) {
      const card = page.locator(`#media-${media.id}`);
      await expect(card).toContainText(name);
      await expect(card).toContainText(`by ${DEMO.editor.name}`);
      await expect(card).toContainText("JPEG · 406×240");
    }
    await page.getByRole("search").getByLabel("Search").fill(`pier-${tag}-right`);
    await page.getByRole("search").getByRole("button", { name: "Filter" }).click();
    await expect(page.locator("article[id^=media-]")).toHaveCount(1);
    await expect(page.locator(`#media-${right.id}`)).toBeVisible();
  });
});
