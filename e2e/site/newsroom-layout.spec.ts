import { expect, test } from "@playwright/test";
import { createArticle, createUser, FACTORY_PASSWORD } from "../../prisma/factories";
import { DEMO, signIn } from "../fixtures/auth";
import { e2eDb } from "../fixtures/db";

const db = e2eDb();
test.afterAll(() => db.$disconnect());

const pageWidth = (page: import("@playwright/test").Page) =>
  page.evaluate(() => document.documentElement.scrollWidth);

test.describe("[SITE] the newsroom at a desk and on a phone", () => {
  // An admin's English links (twelve with Planning; "Your account" and "Reader site" sit
  // with the name), the languages and "Signed in as" no longer fit one
  // row at 1366 px: the links stay one row beside the name, and the account block moves
  // below them rather than off the screen.
  test("at 1366 px the English newsroom links are one row and nothing leaves the window", async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1366, height: 800 });
    await signIn(page, DEMO.admin.email);
    const logo = await page
      .getByRole("link", { name: /Galley/ })
      .first()
      .boundingBox();
    const nav = await page.getByRole("navigation", { name: "Newsroom navigation" }).boundingBox();
    expect(nav!.height).toBeLessThan(40);
    expect(Math.abs(logo!.y + logo!.height / 2 - (nav!.y + nav!.height / 2))).toBeLessThan(12);
    const signOut = await page.getByRole("button", { name: "Sign out" }).boundingBox();
    expect(signOut!.x + signOut!.width).toBeLessThanOrEqual(1366);
    await expect(page.getByText("Signed in as Admin")).toBeVisible();
    expect(await pageWidth(page)).toBeLessThanOrEqual(1366);
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
