import { expect, test } from "@playwright/test";
import { createArticle, createUser, FACTORY_PASSWORD } from "../../prisma/factories";
import { DEMO, signIn } from "../fixtures/auth";
import { e2eDb } from "../fixtures/db";

const db = e2eDb();
test.afterAll(() => db.$disconnect());

const pageWidth = (page: import("@playwright/test").Page) =>
  page.evaluate(() => document.documentElement.scrollWidth);

test.describe("[SITE] the newsroom at a desk and on a phone", () => {
  test("at 1366 px the English newsroom header is one row", async ({ page }) => {
    await page.setViewportSize({ width: 1366, height: 800 });
    await signIn(page, DEMO.admin.email);
    const logo = await page
      .getByRole("link", { name: /Galley/ })
      .first()
      .boundingBox();
    const signOut = await page.getByRole("button", { name: "Sign out" }).boundingBox();
    const nav = await page.getByRole("navigation", { name: "Newsroom navigation" }).boundingBox();
    expect(Math.abs(logo!.y + logo!.height / 2 - (signOut!.y + signOut!.height / 2))).toBeLessThan(
      12,
    );
    expect(nav!.height).toBeLessThan(40);
    expect(await pageWidth(page)).toBeLessThanOrEqual(1366); // one row, not off the screen
  });

  test("at 1280 px an admin's header wraps rather than running off the screen", async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await signIn(page, DEMO.admin.email);
    await expect(page.getByRole("button", { name: "Sign out" })).toBeInViewport();
    expect(await pageWidth(page)).toBeLessThanOrEqual(1280);
  });

  test("at 375 px the editor toolbar is one row and the users table fits the screen", async ({
    page,
  }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    const reporter = await createUser(db);
    const article = await createArticle(db, { createdById: reporter.id });
    await signIn(page, reporter.email, FACTORY_PASSWORD);
    await page.goto(`/newsroom/articles/${article.id}`);
    const toolbar = page.getByRole("toolbar", { name: "Formatting" });
    expect((await toolbar.boundingBox())!.height).toBeLessThan(56);
    expect(await pageWidth(page)).toBeLessThanOrEqual(375);

    await page.context().clearCookies();
    await signIn(page, DEMO.admin.email);
    await page.goto("/newsroom/users");
    expect(await pageWidth(page)).toBeLessThanOrEqual(375);
    const row = page.getByRole("row").filter({ hasText: DEMO.admin.email });
    const button = (await row.getByRole("button", { name: "Reset link" }).boundingBox())!;
    expect(button.x + button.width).toBeLessThanOrEqual(375);
  });
});
