import type { Locator, Page } from "@playwright/test";
import { createArticle } from "../../prisma/factories";
import { DEMO } from "../fixtures/auth";
import { e2eDb } from "../fixtures/db";
import { expect, test } from "../fixtures/session";

const db = e2eDb();
test.afterAll(() => db.$disconnect());

const body = (page: Page) => page.getByRole("textbox", { name: "Body" });
const status = (page: Page) => page.locator("[data-save-status]");
/** The first paragraph's text without the other people's caret labels drawn inside it. */
const firstParagraph = (page: Page) => async () =>
  body(page)
    .locator("p")
    .first()
    .evaluate((paragraph) => {
      const copy = paragraph.cloneNode(true) as HTMLElement;
      copy.querySelectorAll(".collaboration-carets__caret").forEach((caret) => caret.remove());
      return copy.textContent;
    });

/** Puts the caret before a paragraph's first character, as a click at its left edge does. */
async function atStart(paragraph: Locator) {
  await paragraph.click({ position: { x: 1, y: 8 } });
}

/** A draft of 王賀's (he holds its byline), which 李榕 may edit as an editor. */
async function draftOfWangHe(status: "DRAFT" | "SUBMITTED" | "APPROVED" = "DRAFT") {
  const reporter = await db.user.findUniqueOrThrow({ where: { email: DEMO.reporter.email } });
  return createArticle(db, { createdById: reporter.id, bylineUserIds: [reporter.id], status });
}

/** The page, once its co-editing socket has joined the document ("Saved", caret ready). */
async function open(page: Page, articleId: string) {
  await page.goto(`/newsroom/articles/${articleId}`);
  await expect(body(page)).toContainText("測試正文。");
  await expect(status(page)).toHaveText("Saved", { timeout: 15_000 });
}

/** 王賀 (this test's page) and 李榕 (a second browser) with the same story open. */
async function bothOpen(
  page: Page,
  pageAs: (role: "editor") => Promise<Page>,
  state?: "SUBMITTED" | "APPROVED",
) {
  const article = await draftOfWangHe(state);
  const editor = await pageAs("editor");
  await open(page, article.id);
  await open(editor, article.id);
  return { article, editor };
}

/** The stored working copy's text, once the server has derived it from the document. */
async function storedText(articleId: string) {
  const row = await db.article.findUniqueOrThrow({
    where: { id: articleId },
    select: { body: true },
  });
  return JSON.stringify(row.body);
}

test.describe("[EDITOR] co-editing the body", () => {
  test.use({ role: "reporter" });

  test("王賀 and 李榕 type in the same paragraph at once and both see the merged text", async ({
    page,
    pageAs,
  }) => {
    const { article, editor } = await bothOpen(page, pageAs);
    // Each sees who else is here.
    await expect(page.getByText("李榕 is editing")).toBeVisible();
    await expect(editor.getByText("王賀 is editing")).toBeVisible();

    await body(page).locator("p").first().click();
    await page.keyboard.press("ControlOrMeta+End");
    await atStart(body(editor).locator("p").first());
    await Promise.all([page.keyboard.type("王賀補充。"), editor.keyboard.type("李榕導語：")]);

    const merged = "李榕導語：測試正文。王賀補充。";
    await expect.poll(firstParagraph(page)).toBe(merged);
    await expect.poll(firstParagraph(editor)).toBe(merged);
    // The other person's caret carries their name.
    await expect(page.locator(".collaboration-carets__label", { hasText: "李榕" })).toBeVisible();
    // …above the line, taking no room in it: the short paragraph stays one line high.
    const lines = await body(page)
      .locator("p")
      .first()
      .evaluate(
        (p) => p.getBoundingClientRect().height / parseFloat(getComputedStyle(p).lineHeight),
      );
    expect(lines).toBeLessThan(1.5);

    // The working copy (revisions, preview, publishing) is derived from it on the server.
    await expect.poll(() => storedText(article.id), { timeout: 15_000 }).toContain(merged);
    await page.reload();
    await expect.poll(firstParagraph(page)).toBe(merged);
  });

  test("undo takes back only one's own typing, not the co-editor's", async ({ page, pageAs }) => {
    const { editor } = await bothOpen(page, pageAs);
    await body(page).locator("p").first().click();
    await page.keyboard.press("ControlOrMeta+End");
    await page.keyboard.type("甲");
    await expect(body(editor)).toContainText("測試正文。甲");
    await atStart(body(editor).locator("p").first());
    await editor.keyboard.type("乙");
    await expect.poll(firstParagraph(page)).toBe("乙測試正文。甲");
    await body(page).focus();
    await page.keyboard.press("ControlOrMeta+z");
    await expect.poll(firstParagraph(page)).toBe("乙測試正文。");
    await expect.poll(firstParagraph(editor)).toBe("乙測試正文。");
  });

  test("a session that goes offline, types, and comes back merges without a conflict view", async ({
    page,
    pageAs,
  }) => {
    const { article, editor } = await bothOpen(page, pageAs);

    await page.context().setOffline(true);
    await expect(status(page)).toHaveText(/Offline/, { timeout: 15_000 });
    await body(page).locator("p").first().click();
    await page.keyboard.press("ControlOrMeta+End");
    await page.keyboard.type("離線時寫的。");
    await atStart(body(editor).locator("p").first());
    await editor.keyboard.type("在線時寫的。");
    await expect.poll(firstParagraph(editor)).toBe("在線時寫的。測試正文。");

    await page.context().setOffline(false);
    const merged = "在線時寫的。測試正文。離線時寫的。";
    await expect.poll(firstParagraph(page), { timeout: 20_000 }).toBe(merged);
    await expect.poll(firstParagraph(editor)).toBe(merged);
    await expect(page.getByRole("dialog")).toHaveCount(0);
    await expect.poll(() => storedText(article.id), { timeout: 15_000 }).toContain(merged);
  });

  test("Chinese typed through an input method's composition reaches the co-editor", async ({
    page,
    pageAs,
  }) => {
    const { article, editor } = await bothOpen(page, pageAs);
    await body(page).locator("p").first().click();
    await page.keyboard.press("ControlOrMeta+End");
    // What a pinyin IME does: a composition of Latin letters, then the chosen characters.
    const cdp = await page.context().newCDPSession(page);
    for (const text of ["d", "de", "dez", "dezh", "dezhou"])
      await cdp.send("Input.imeSetComposition", {
        text,
        selectionStart: text.length,
        selectionEnd: text.length,
      });
    await cdp.send("Input.insertText", { text: "德州" });
    await expect.poll(firstParagraph(page)).toBe("測試正文。德州");
    await expect.poll(firstParagraph(editor)).toBe("測試正文。德州");
    await expect
      .poll(() => storedText(article.id), { timeout: 15_000 })
      .toContain("測試正文。德州");
  });

  test("someone who may neither edit nor suggest sees a read-only body that still updates live", async ({
    page,
    pageAs,
  }) => {
    // Approved, the reporter's copy is locked (in review they could still suggest); the
    // desk editor works on it.
    const { editor } = await bothOpen(page, pageAs, "APPROVED");
    await expect(body(page)).toHaveAttribute("contenteditable", "false");
    await body(editor).locator("p").first().click();
    await editor.keyboard.press("ControlOrMeta+End");
    await editor.keyboard.type("編輯改的。");
    await expect.poll(firstParagraph(page)).toBe("測試正文。編輯改的。");
  });
});
