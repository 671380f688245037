import { randomUUID } from "node:crypto";
import { createArticle } from "../../prisma/factories";
import { DEMO } from "../fixtures/auth";
import { e2eDb } from "../fixtures/db";
import { expect, test } from "../fixtures/session";

const db = e2eDb();
test.afterAll(() => db.$disconnect());

test.describe("[WORKFLOW] All stories", () => {
  test.use({ role: "editor" });

  test("finds a Traditional story by its Simplified words, filters by state, and says when a filter in the address is not understood", async ({
    page,
  }) => {
    const editor = await db.user.findUniqueOrThrow({ where: { email: DEMO.editor.email } });
    const marker = randomUUID().slice(0, 8);
    const submitted = await createArticle(db, {
      createdById: editor.id,
      status: "SUBMITTED",
      headline: `黃河灘區遷建工程全面復工 ${marker}`,
    });
    const draft = await createArticle(db, {
      createdById: editor.id,
      headline: `灘區群眾喜遷新居 ${marker}`,
    });

    await page.goto("/newsroom");
    await page
      .getByRole("navigation", { name: "Newsroom navigation" })
      .getByRole("link", { name: "All stories" })
      .click();
    const filters = page.getByRole("search", { name: "Filter stories" });
    const results = page.getByRole("table");

    // The marker is Latin, found at once; the state filter keeps the story in review only.
    await filters.getByLabel("Search stories").fill(marker);
    await filters.getByLabel("State").selectOption({ label: "In review" });
    await filters.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/state=SUBMITTED/);
    await expect(results.getByRole("link", { name: submitted.headline })).toBeVisible();
    await expect(results.getByRole("link", { name: draft.headline })).toHaveCount(0);

    // Simplified words find the Traditional headline once the indexer has written its
    // document (a few seconds after the last change).
    await expect(async () => {
      await page.goto(`/newsroom/stories?q=${encodeURIComponent("滩区迁建 复工")}`);
      await expect(results.getByRole("link", { name: submitted.headline })).toBeVisible({
        timeout: 1_000,
      });
    }).toPass({ timeout: 40_000 });
    await expect(results.getByRole("link", { name: draft.headline })).toHaveCount(0);
    await expect(page.getByLabel("Search stories")).toHaveValue("滩区迁建 复工");

    // A filter the address gets wrong is named as left out; the others still apply.
    await page.goto(`/newsroom/stories?state=BOGUS&q=${marker}`);
    await expect(page.getByRole("alert").filter({ hasText: "filters" })).toHaveText(
      "Some filters in the address were not understood and were left out.",
    );
    await expect(results.getByRole("link", { name: submitted.headline })).toBeVisible();
    await expect(results.getByRole("link", { name: draft.headline })).toBeVisible();
  });
});
