import { axeViolations } from "../fixtures/axe";
import { e2eDb } from "../fixtures/db";
import { SAMPLE } from "../fixtures/sample";
import { expect, test } from "../fixtures/session";

const db = e2eDb();
test.afterAll(() => db.$disconnect());

/** Every newsroom page an admin can open; `:sample` is the demo article's id, `:live` the live coverage's. */
const NEWSROOM_PAGES = [
  "/newsroom",
  "/newsroom/stories",
  "/newsroom/stories?state=SUBMITTED",
  "/newsroom/budget",
  "/newsroom/budget?view=week",
  "/newsroom/articles/:sample",
  "/newsroom/articles/:live",
  "/newsroom/articles/:sample/history",
  "/newsroom/articles/:sample/timeline",
  "/newsroom/articles/:sample/preview",
  "/newsroom/media",
  "/newsroom/notifications",
  "/newsroom/audit",
  "/newsroom/import",
  "/newsroom/sections",
  "/newsroom/sections/news/checks",
  "/newsroom/sections/local/review",
  "/newsroom/tags",
  "/newsroom/contributors",
  "/newsroom/contributors/new",
  "/newsroom/front",
  "/newsroom/front/preview",
  "/newsroom/planning/events",
  "/newsroom/planning/feeds",
  "/newsroom/settings",
  "/newsroom/users",
  "/newsroom/account",
  "/newsroom/planning/pitches",
  "/newsroom/planning/pitches/new",
  "/newsroom/planning/items/new",
  "/newsroom/planning/items/:planItem",
];

test.describe("[A11Y] the newsroom's pages", () => {
  test.use({ role: "admin" });

  for (const path of NEWSROOM_PAGES) {
    test(`axe finds no accessibility violations on ${path}`, async ({ page }) => {
      const sample = await db.article.findFirstOrThrow({
        where: { slug: SAMPLE.slug },
        select: { id: true },
      });
      const live = await db.article.findFirstOrThrow({
        where: { slug: "dezhou-flood-live" },
        select: { id: true },
      });
      const planItem = await db.planItem.findFirstOrThrow({
        where: { status: "PLANNED" },
        orderBy: { createdAt: "asc" },
        select: { id: true },
      });
      const response = await page.goto(
        path
          .replace(":sample", sample.id)
          .replace(":planItem", planItem.id)
          .replace(":live", live.id),
      );
      expect(response?.status()).toBe(200);
      await expect(page.locator("main")).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});

test.describe("[A11Y] the newsroom in Traditional Chinese", () => {
  // Chromium sends its locale as Accept-Language, so both are set.
  test.use({ role: "admin", locale: "zh-TW", extraHTTPHeaders: { "Accept-Language": "zh-TW" } });

  test("axe finds no accessibility violations on a new story's editor", async ({ page }) => {
    await page.goto("/newsroom/articles/new");
    await page.getByRole("button", { name: "開始寫稿" }).click();
    await expect(page).toHaveURL(/\/newsroom\/articles\/[0-9a-f-]{36}$/);
    await expect(page.getByLabel("標題", { exact: true })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-Hant");
    expect(await axeViolations(page)).toEqual([]);
  });
});

test.describe("[A11Y] signed out", () => {
  for (const path of ["/login", "/reset-password/not-a-token"]) {
    test(`axe finds no accessibility violations on ${path}`, async ({ page }) => {
      await page.goto(path);
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});
