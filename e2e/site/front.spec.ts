import crypto from "node:crypto";
import type { Page } from "@playwright/test";
import { createArticle } from "../../prisma/factories";
import { DEMO } from "../fixtures/auth";
import { axeViolations } from "../fixtures/axe";
import { e2eBaseUrl } from "../fixtures/config";
import { e2eDb } from "../fixtures/db";
import { publishThroughApi } from "../fixtures/publish";
import { expect, test } from "../fixtures/session";

// The front is one for the whole site: this spec ends by publishing an empty arrangement,
// so the home page other specs read is the newest stories again.
const db = e2eDb();
test.afterAll(() => db.$disconnect());

// Letters only: the search stems Latin words, and a run of letters stays one word.
const id = [...crypto.randomBytes(6)].map((byte) => String.fromCharCode(97 + (byte % 26))).join("");
const LEAD = `德州復工首日 ${id}`;
const SECOND = `黃河大橋通車 ${id}`;
const THIRD = `夏糧收購開始 ${id}`;

async function publishStory(page: Page, headline: string) {
  const editor = await db.user.findUniqueOrThrow({ where: { email: DEMO.editor.email } });
  const article = await createArticle(db, { createdById: editor.id, status: "APPROVED", headline });
  await publishThroughApi(page.request, db, article.id, e2eBaseUrl);
}

async function find(page: Page, words: string) {
  await page.getByLabel("Find a story").fill(words);
  await page.getByRole("button", { name: "Search", exact: true }).click();
}

const zone = (page: Page, name: string) => page.getByRole("region", { name, exact: true });
const order = (page: Page, name: string) =>
  zone(page, name)
    .locator("[data-front-story]")
    .evaluateAll((rows) => rows.map((row) => row.getAttribute("data-front-story")));

test.describe("[SITE] the front page: the desk arranges the home page", () => {
  test.describe.configure({ timeout: 180_000, mode: "serial" });
  test.use({ role: "editor" });

  test("find, lead, top stories, move, drag, preview, publish, stale refusal, restore", async ({
    page,
    pageAs,
    browser,
  }) => {
    for (const headline of [LEAD, SECOND, THIRD]) await publishStory(page, headline);
    await page.goto("/newsroom");
    await page
      .getByRole("navigation", { name: "Newsroom navigation" })
      .getByRole("link", { name: "Front page" })
      .click();
    await expect(page.getByRole("heading", { level: 1, name: "Front page" })).toBeVisible();
    // A second editor opens the page now, before anything is published.
    const admin = await pageAs("admin");
    await admin.goto("/newsroom/front");

    // A Chinese word in the other script finds the story (复工 for 復工).
    await find(page, `复工 ${id}`);
    await page.getByRole("button", { name: `Make lead: ${LEAD}` }).click();
    await expect(zone(page, "Lead story")).toContainText(LEAD);
    await find(page, id);
    await page.getByRole("button", { name: `Add to top stories: ${SECOND}` }).click();
    await page.getByRole("button", { name: `Add to top stories: ${THIRD}` }).click();
    expect(await order(page, "Top stories")).toEqual([SECOND, THIRD]);

    // The keyboard: focus "Move up" and press Enter; focus stays with the story.
    await page.getByRole("button", { name: `Move up: ${THIRD}` }).focus();
    await page.keyboard.press("Enter");
    expect(await order(page, "Top stories")).toEqual([THIRD, SECOND]);
    await expect(page.getByRole("button", { name: `Move down: ${THIRD}` })).toBeFocused();
    // And one drag: the second row onto the first.
    const rows = zone(page, "Top stories").locator("[data-front-story]");
    await rows.nth(1).dragTo(rows.nth(0));
    expect(await order(page, "Top stories")).toEqual([SECOND, THIRD]);

    // "Preview front": the home page with this arrangement, before anyone else sees it.
    const [preview] = await Promise.all([
      page.context().waitForEvent("page"),
      page.getByRole("link", { name: "Preview front" }).click(),
    ]);
    await expect(preview.locator("[data-front-lead] h2")).toHaveText(LEAD);
    await preview.close();

    await page.getByRole("button", { name: "Publish front" }).click();
    await expect(page.getByRole("status")).toContainText("Front published.");
    const reader = await (
      await browser.newContext({ storageState: { cookies: [], origins: [] } })
    ).newPage();
    await reader.goto("/");
    await expect(reader.locator("[data-front-lead] h2")).toHaveText(LEAD);
    const topLinks = reader.getByRole("region", { name: "Top stories" }).getByRole("link");
    await expect(topLinks.filter({ hasText: SECOND })).toHaveCount(1);

    // The admin arranged from the old front: refused with who, when and what changed.
    const fronts = await db.frontPage.count();
    await find(admin, id);
    await admin.getByRole("button", { name: `Make lead: ${THIRD}` }).click();
    await admin.getByRole("button", { name: "Publish front" }).click();
    // (Next's route announcer is an alert too, an empty one.)
    const refusal = admin.getByRole("alert").filter({ hasText: "while you were arranging" });
    await expect(refusal).toContainText(
      new RegExp(`^${DEMO.editor.name} published the front at \\d\\d:\\d\\d while you were`),
    );
    await expect(refusal).toContainText(`The lead is now “${LEAD}”.`);
    expect(await db.frontPage.count()).toBe(fronts);
    await expect(zone(admin, "Lead story")).toContainText(THIRD); // still on screen
    // Pressing again, knowing, publishes it.
    await admin.getByRole("button", { name: "Publish front" }).click();
    await expect(admin.getByRole("status")).toContainText("Front published.");
    await reader.goto("/");
    await expect(reader.locator("[data-front-lead] h2")).toHaveText(THIRD);

    // The editor restores their front from the history.
    await page.reload();
    const history = page.getByRole("region", { name: "History" });
    await expect(history.getByRole("row").nth(1)).toContainText("Admin");
    await history.getByRole("button", { name: `Restore front ${fronts}` }).click();
    await expect(page.getByRole("status")).toContainText("Front restored");
    await expect(zone(page, "Lead story")).toContainText(LEAD);
    await reader.goto("/");
    await expect(reader.locator("[data-front-lead] h2")).toHaveText(LEAD);

    // Leave the home page to the newest stories for the other specs.
    for (const headline of [LEAD, SECOND, THIRD])
      await page.getByRole("button", { name: `Remove: ${headline}` }).click();
    await page.getByRole("button", { name: "Publish front" }).click();
    await expect(page.getByRole("status")).toContainText("Front published.");
  });

  test("a reporter has no link and no page", async ({ pageAs }) => {
    const reporter = await pageAs("reporter");
    await reporter.goto("/newsroom");
    await expect(
      reporter.getByRole("navigation", { name: "Newsroom navigation" }).getByRole("link", {
        name: "Front page",
      }),
    ).toHaveCount(0);
    const response = await reporter.goto("/newsroom/front");
    expect(response?.status()).toBe(404);
  });

  test("axe finds no violations on /newsroom/front, at 1366 and 375 px", async ({ page }) => {
    for (const width of [1366, 375]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto("/newsroom/front");
      await find(page, id);
      await expect(page.getByRole("button", { name: `Make lead: ${LEAD}` })).toBeVisible();
      await page.getByRole("button", { name: `Add to top stories: ${SECOND}` }).click();
      expect(await axeViolations(page)).toEqual([]);
      await page.screenshot({ path: test.info().outputPath(`front-${width}.png`), fullPage: true });
    }
  });
});
