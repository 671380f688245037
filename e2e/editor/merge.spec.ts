import { expect, test, type Browser, type Page } from "@playwright/test";
import { createArticle, createUser, FACTORY_PASSWORD } from "../../prisma/factories";
import { signIn } from "../fixtures/auth";
import { e2eDb } from "../fixtures/db";

const db = e2eDb();
test.afterAll(() => db.$disconnect());

const body = (page: Page) => page.getByRole("textbox", { name: "Body" });
const status = (page: Page) => page.locator("[data-save-status]");
const paragraphs = ["第一段：市委召開會議。", "第二段：部署防控工作。", "第三段：要求各部門落實。"];

/** A reporter and an editor with the same three-paragraph story open. */
async function twoEditors(browser: Browser) {
  const editor = await createUser(db, { role: "EDITOR" });
  const reporter = await createUser(db);
  const article = await createArticle(db, { createdById: reporter.id });
  await db.article.update({
    where: { id: article.id },
    data: {
      body: {
        type: "doc",
        content: paragraphs.map((text) => ({
          type: "paragraph",
          content: [{ type: "text", text }],
        })),
      },
    },
  });
  const contexts = await Promise.all([browser.newContext(), browser.newContext()]);
  const [a, b] = await Promise.all(contexts.map((context) => context.newPage()));
  await signIn(a!, reporter.email, FACTORY_PASSWORD);
  await signIn(b!, editor.email, FACTORY_PASSWORD);
  for (const page of [a!, b!]) {
    await page.goto(`/newsroom/articles/${article.id}`);
    await expect(body(page).locator("p").nth(2)).toHaveText(paragraphs[2]!);
  }
  const stored = async () =>
    JSON.stringify((await db.article.findUniqueOrThrow({ where: { id: article.id } })).body);
  return { a: a!, b: b!, stored, close: () => Promise.all(contexts.map((c) => c.close())) };
}

/** Types `text` just before the full stop of paragraph `index`. */
async function insertBeforeStop(page: Page, index: number, text: string) {
  await body(page).locator("p").nth(index).click();
  await page.keyboard.press("End");
  await page.keyboard.press("ArrowLeft");
  await page.keyboard.type(text);
}

test.describe("[EDITOR] Merge both", () => {
  // Two browsers, each saving and reloading: more steps than one person's test.
  test.describe.configure({ timeout: 120_000 });
  test("changes to different paragraphs merge cleanly, once each, and are saved", async ({
    browser,
  }) => {
    const { a, b, stored, close } = await twoEditors(browser);
    await insertBeforeStop(a, 0, "（上午）");
    await expect(status(a)).toHaveText("Saved", { timeout: 10_000 });
    await insertBeforeStop(b, 2, "（立即）");
    const dialog = b.getByRole("dialog", { name: "Someone else saved this article" });
    await expect(dialog).toBeVisible({ timeout: 10_000 });
    await dialog.getByRole("button", { name: "Merge both" }).click();
    await expect(status(b)).toHaveText("Saved", { timeout: 10_000 });
    await expect(b.getByRole("region", { name: "Conflicts to resolve" })).toHaveCount(0);
    await expect(body(b).locator("p")).toHaveText([
      "第一段：市委召開會議（上午）。",
      "第二段：部署防控工作。",
      "第三段：要求各部門落實（立即）。",
    ]);
    const saved = await stored();
    expect(saved).toContain("第一段：市委召開會議（上午）。");
    expect(saved).toContain("第三段：要求各部門落實（立即）。");
    expect(saved.match(/第一段/g)).toHaveLength(1);
    await close();
  });

  test("the paragraph both changed is marked, and nothing is saved until a side is kept", async ({
    browser,
  }) => {
    const { a, b, stored, close } = await twoEditors(browser);
    await insertBeforeStop(a, 1, "（記者版）");
    await expect(status(a)).toHaveText("Saved", { timeout: 10_000 });
    const theirs = await stored();
    await insertBeforeStop(b, 1, "（編輯版）");
    await insertBeforeStop(b, 0, "（今日）");
    const dialog = b.getByRole("dialog", { name: "Someone else saved this article" });
    await expect(dialog).toBeVisible({ timeout: 10_000 });
    await dialog.getByRole("button", { name: "Merge both" }).click();

    const panel = b.getByRole("region", { name: "Conflicts to resolve" });
    await expect(panel).toBeVisible();
    await expect(panel.getByRole("alert")).toHaveText(
      "Saving is paused until you keep one version of the conflict marked in the text.",
    );
    await expect(status(b)).toHaveText("Not saved: resolve the marked conflicts first");
    // Both variants are in the body, each framed and labelled; the clean change is merged.
    await expect(body(b).locator('[data-conflict="mine"]')).toHaveText(
      "第二段：部署防控工作（編輯版）。",
    );
    await expect(body(b).locator('[data-conflict="theirs"]')).toHaveText(
      "第二段：部署防控工作（記者版）。",
    );
    await expect(body(b).getByText("Conflict 1 · Your version")).toBeVisible();
    await expect(body(b).locator("p").first()).toHaveText("第一段：市委召開會議（今日）。");
    // Saving by hand is refused too, and the server still has their copy.
    await b.getByRole("button", { name: "Save", exact: true }).click();
    await b.waitForTimeout(1500);
    expect(await stored()).toBe(theirs);

    await panel
      .getByRole("listitem", { name: "Conflict 1" })
      .getByRole("button", { name: "Keep yours" })
      .click();
    await expect(panel).toHaveCount(0);
    await expect(status(b)).toHaveText("Saved", { timeout: 10_000 });
    await expect(body(b).locator("[data-conflict]")).toHaveCount(0);
    const saved = await stored();
    expect(saved).toContain("第二段：部署防控工作（編輯版）。");
    expect(saved).not.toContain("記者版");
    expect(saved).toContain("第一段：市委召開會議（今日）。");
    await close();
  });
});
