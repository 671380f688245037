import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { photoJpeg } from "../../lib/testing/media-images";
import { createArticle, createUser, FACTORY_PASSWORD } from "../../prisma/factories";
import { signIn } from "../fixtures/auth";
import { e2eDb } from "../fixtures/db";

const db = e2eDb();
test.afterAll(() => db.$disconnect());

const saved = (page: Page) =>
  expect(page.locator("[data-save-status]")).toHaveText("Saved", { timeout: 10_000 });
const workflow = (page: Page) => page.getByRole("region", { name: "Workflow" });
const picker = (page: Page) => page.getByRole("group", { name: "Featured image" });

async function upload(request: APIRequestContext, origin: string, name: string, photo: Buffer) {
  const response = await request.post("/api/v1/media", {
    headers: { origin },
    multipart: { file: { name, mimeType: "image/jpeg", buffer: photo } },
  });
  expect(response.status()).toBe(201);
  return ((await response.json()) as { media: { id: string } }).media;
}

test.describe("[MEDIA] the featured image", () => {
  test.describe.configure({ timeout: 120_000 });

  test("chosen from thumbnails, warned about at submit, refused by name, and fixed in place", async ({
    page,
    browser,
  }) => {
    const reporter = await createUser(db);
    const editor = await createUser(db, { role: "EDITOR" });
    const article = await createArticle(db, {
      createdById: reporter.id,
      bylineUserIds: [reporter.id],
    });
    await signIn(page, reporter.email, FACTORY_PASSWORD);
    const origin = new URL(page.url()).origin;
    // The same photo twice: the copies look identical and only their names tell them apart.
    const tag = reporter.id.slice(0, 8);
    const photo = await photoJpeg({ width: 1200, height: 800, seed: 3 });
    const first = await upload(page.request, origin, `harbour-${tag}-a.jpg`, photo);
    const copy = await upload(page.request, origin, `harbour-${tag}-b.jpg`, photo);
    await db.media.update({ where: { id: first.id }, data: { alt: "清晨的碼頭" } });

    await page.goto(`/newsroom/articles/${article.id}`);
    await picker(page).getByLabel("Search images").fill(`${tag}-b`);
    await expect(picker(page).getByRole("radio", { name: new RegExp(`${tag}-a`) })).toHaveCount(0);
    const option = picker(page).getByRole("radio", { name: new RegExp(`${tag}-b`) });
    await expect(option).toHaveAccessibleName(/No alt text/);
    await expect(option).toHaveAccessibleName(new RegExp(reporter.name));
    await option.check();
    await expect(picker(page).getByLabel("Alt text", { exact: true })).toHaveValue("");
    await saved(page);
    expect(
      (await db.article.findUniqueOrThrow({ where: { id: article.id } })).featuredImageId,
    ).toBe(copy.id);

    // Submitting succeeds, with a warning that names the image.
    await workflow(page).getByRole("button", { name: "Submit for review" }).click();
    await expect(page.getByTestId("workflow-status")).toHaveText("State: In review", {
      timeout: 15_000,
    });
    const warning = workflow(page).getByRole("region", { name: /These images have no alt text/ });
    await expect(warning).toContainText(`harbour-${tag}-b.jpg`);
    await expect(warning.locator("img")).toHaveCount(1);

    // The editor approves and schedules: refused, naming the file, never the id.
    const context = await browser.newContext();
    const desk = await context.newPage();
    await signIn(desk, editor.email, FACTORY_PASSWORD);
    await desk.goto(`/newsroom/articles/${article.id}`);
    await workflow(desk).getByRole("button", { name: "Approve" }).click();
    await expect(desk.getByTestId("workflow-status")).toHaveText("State: Approved", {
      timeout: 15_000,
    });
    // The panel's "Approved." line is written once the reloaded page has hydrated: typed
    // before that, the time would be reset by hydration ("Choose the date and time.").
    await expect(workflow(desk).getByText("Approved.", { exact: true })).toBeVisible({
      timeout: 15_000,
    });
    await workflow(desk).getByLabel("Publish at").fill("2031-03-01T09:00:00");
    await workflow(desk).getByRole("button", { name: "Schedule" }).click();
    const refusal = workflow(desk).getByRole("alert");
    await expect(refusal).toHaveText(
      `The image “harbour-${tag}-b.jpg” has no alt text: add it before publishing.`,
    );
    await expect(refusal).not.toContainText(copy.id);
    // The way out: straight to the featured image's alt text, written and saved in place.
    await workflow(desk)
      .getByRole("button", { name: `Add alt text to “harbour-${tag}-b.jpg”` })
      .click();
    const alt = picker(desk).getByLabel("Alt text", { exact: true });
    await expect(alt).toBeFocused();
    await alt.fill("碼頭上排隊登船的工人");
    await picker(desk).getByLabel("Caption", { exact: true }).fill("清晨的德州碼頭");
    await picker(desk).getByRole("button", { name: "Save image details" }).click();
    await expect(picker(desk).getByRole("status")).toHaveText("Image details saved.");
    expect(await db.media.findUniqueOrThrow({ where: { id: copy.id } })).toMatchObject({
      alt: "碼頭上排隊登船的工人",
      caption: "清晨的德州碼頭",
    });
    await workflow(desk).getByRole("button", { name: "Schedule" }).click();
    await expect(desk.getByTestId("workflow-status")).toHaveText("State: Scheduled", {
      timeout: 15_000,
    });
    await context.close();
  });

  test("another reporter sees an image's details read only, and the server refuses them anyway", async ({
    page,
  }) => {
    const owner = await createUser(db);
    const other = await createUser(db);
    await signIn(page, owner.email, FACTORY_PASSWORD);
    const media = await upload(
      page.request,
      new URL(page.url()).origin,
      "owner.jpg",
      await photoJpeg({ width: 640, height: 480, seed: 5 }),
    );
    const article = await createArticle(db, { createdById: other.id });
    await db.article.update({ where: { id: article.id }, data: { featuredImageId: media.id } });
    await page.context().clearCookies();
    await signIn(page, other.email, FACTORY_PASSWORD);
    await page.goto(`/newsroom/articles/${article.id}`);
    await expect(picker(page).getByLabel("Alt text", { exact: true })).toHaveAttribute(
      "readonly",
      "",
    );
    await expect(
      picker(page).getByText(
        "Only editors and the person who uploaded it may change this image's details.",
      ),
    ).toBeVisible();
    await expect(picker(page).getByRole("button", { name: "Save image details" })).toHaveCount(0);
    expect((await db.media.findUniqueOrThrow({ where: { id: media.id } })).alt).toBeNull();
  });
});
