import { expect, test, type Browser, type Page } from "@playwright/test";
import { createArticle, createUser, FACTORY_PASSWORD } from "../../prisma/factories";
import { signIn } from "../fixtures/auth";
import { e2eDb } from "../fixtures/db";

const db = e2eDb();
test.afterAll(() => db.$disconnect());

const status = (page: Page) => page.locator("[data-save-status]");

/** A reporter and an editor with the same story open. */
async function twoEditors(browser: Browser) {
  const editor = await createUser(db, { role: "EDITOR" });
  const reporter = await createUser(db);
  const article = await createArticle(db, { createdById: reporter.id });
  const contexts = await Promise.all([browser.newContext(), browser.newContext()]);
  const [a, b] = await Promise.all(contexts.map((context) => context.newPage()));
  await signIn(a!, reporter.email, FACTORY_PASSWORD);
  await signIn(b!, editor.email, FACTORY_PASSWORD);
  for (const page of [a!, b!]) {
    await page.goto(`/newsroom/articles/${article.id}`);
    await expect(status(page)).toHaveText("Saved", { timeout: 15_000 });
  }
  const stored = () => db.article.findUniqueOrThrow({ where: { id: article.id } });
  return {
    a: a!,
    b: b!,
    article,
    stored,
    close: () => Promise.all(contexts.map((c) => c.close())),
  };
}

// The body is co-edited (coediting.spec.ts) and never conflicts; the fields beside it
// keep their version guard: a stale save of them meets the conflict view.
test.describe("[EDITOR] Merge both", () => {
  test.describe.configure({ timeout: 120_000 });
  test("two people change different fields at once: the second is shown both, and Merge both keeps both", async ({
    browser,
  }) => {
    const { a, b, article, stored, close } = await twoEditors(browser);
    await a.getByLabel("Headline").fill("記者改的標題");
    await expect(status(a)).toHaveText("Saved", { timeout: 10_000 });
    await b.getByLabel("Dek").fill("編輯寫的導語");
    const dialog = b.getByRole("dialog", { name: "Someone else saved this article" });
    await expect(dialog).toBeVisible({ timeout: 10_000 });
    await expect(dialog.getByRole("region", { name: "Their version" })).toContainText(
      "記者改的標題",
    );
    await expect(dialog.getByRole("region", { name: "Your version" })).toContainText(
      "編輯寫的導語",
    );
    // Nothing of the stale save was written.
    expect((await stored()).dek).toBeNull();
    await dialog.getByRole("button", { name: "Merge both" }).click();
    await expect(status(b)).toHaveText("Saved", { timeout: 10_000 });
    await expect(b.getByLabel("Headline")).toHaveValue("記者改的標題");
    const saved = await stored();
    expect(saved.headline).toBe("記者改的標題");
    expect(saved.dek).toBe("編輯寫的導語");
    expect(saved.metaVersion).toBe(article.metaVersion + 2);
    await close();
  });

  test("the same field changed by both: “Keep mine” saves mine over theirs, knowingly", async ({
    browser,
  }) => {
    const { a, b, stored, close } = await twoEditors(browser);
    await a.getByLabel("Headline").fill("記者的標題");
    await expect(status(a)).toHaveText("Saved", { timeout: 10_000 });
    await b.getByLabel("Headline").fill("編輯的標題");
    const dialog = b.getByRole("dialog", { name: "Someone else saved this article" });
    await expect(dialog).toBeVisible({ timeout: 10_000 });
    expect((await stored()).headline).toBe("記者的標題");
    await dialog.getByRole("button", { name: "Keep mine" }).click();
    await expect(status(b)).toHaveText("Saved", { timeout: 10_000 });
    expect((await stored()).headline).toBe("編輯的標題");
    await close();
  });
});
