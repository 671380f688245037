import type { Locator, Page } from "@playwright/test";
import { SAN_SHEN_SAN_JIAO } from "../../lib/workflow/review-chain";
import { createArticle } from "../../prisma/factories";
import { DEMO } from "../fixtures/auth";
import { e2eBaseUrl } from "../fixtures/config";
import { e2eDb } from "../fixtures/db";
import { publishThroughApi } from "../fixtures/publish";
import { expect, test } from "../fixtures/session";

const db = e2eDb();
test.afterAll(() => db.$disconnect());

const TEXT = "德州日報記者報導，全市春耕進度過半。";
const body = (page: Page) => page.getByRole("textbox", { name: "Body" });
/** The body's text without the other people's caret labels drawn inside it. */
const bodyText = (page: Page) => () =>
  body(page).evaluate((element) => {
    const copy = element.cloneNode(true) as HTMLElement;
    copy.querySelectorAll(".collaboration-carets__caret").forEach((caret) => caret.remove());
    return copy.textContent;
  });
const toggle = (page: Page) => page.getByRole("button", { name: "Suggest changes" });
const panel = (page: Page) => page.getByRole("region", { name: "Suggestions" });
const suggestion = (page: Page, text: string) =>
  panel(page).getByRole("listitem").filter({ hasText: text });

/** A story of 王賀's with `TEXT` as its body, in `status` (in review: at 一校 of 三審三校). */
async function storyOfWangHe(status: "DRAFT" | "SUBMITTED") {
  const reporter = await db.user.findUniqueOrThrow({ where: { email: DEMO.reporter.email } });
  const article = await createArticle(db, {
    createdById: reporter.id,
    bylineUserIds: [reporter.id],
    status,
  });
  await db.article.update({
    where: { id: article.id },
    data: {
      body: {
        type: "doc",
        content: [{ type: "paragraph", content: [{ type: "text", text: TEXT }] }],
      },
      ...(status === "SUBMITTED" ? { reviewChain: SAN_SHEN_SAN_JIAO, reviewStage: 2 } : {}),
    },
  });
  return article;
}

async function open(page: Page, articleId: string) {
  await page.goto(`/newsroom/articles/${articleId}`);
  await expect(body(page)).toContainText(TEXT);
  await expect(page.locator("[data-save-status]")).toHaveText("Saved", { timeout: 15_000 });
}

/** Selects `count` characters of the first paragraph, starting `from` characters in. */
async function selectChars(page: Page, from: number, count: number) {
  const paragraph: Locator = body(page).locator("p").first();
  await paragraph.click({ position: { x: 1, y: 8 } });
  for (let i = 0; i < from; i++) await page.keyboard.press("ArrowRight");
  for (let i = 0; i < count; i++) await page.keyboard.press("Shift+ArrowRight");
}

/** Types `text` through a Chinese input method: composition events, as Chromium sends them. */
async function compose(page: Page, pinyin: string, text: string) {
  const cdp = await page.context().newCDPSession(page);
  for (let i = 1; i <= pinyin.length; i++)
    await cdp.send("Input.imeSetComposition", {
      text: pinyin.slice(0, i),
      selectionStart: i,
      selectionEnd: i,
    });
  await cdp.send("Input.imeSetComposition", {
    text,
    selectionStart: text.length,
    selectionEnd: text.length,
  });
  await cdp.send("Input.insertText", { text });
  await cdp.detach();
}

test.describe("[EDITOR] suggestion mode", () => {
  test.use({ role: "proofreader" });

  test("校對 suggests, 王賀 rejects one suggestion and accepts another, and readers get only accepted text", async ({
    page,
    pageAs,
  }) => {
    // Three people, a review round, a publish and a reader: about 45 s alone, and past a
    // minute while the whole suite shares two cores.
    test.setTimeout(120_000);
    const article = await storyOfWangHe("SUBMITTED");
    const author = await pageAs("reporter");
    await open(page, article.id);
    await open(author, article.id);

    // 校對 may edit at 一校, and chooses to suggest instead.
    await expect(toggle(page)).toHaveAttribute("aria-pressed", "false");
    await toggle(page).click();
    await expect(toggle(page)).toHaveAttribute("aria-pressed", "true");
    await selectChars(page, 6, 2); // 報導
    await page.keyboard.type("報道");
    await selectChars(page, 17, 2); // 過半 (after the struck 報導 and the proposed 報道)
    await compose(page, "yiban", "一半");

    // The text is marked, not changed: struck and underlined, in 校對's colour.
    // (Composing 一半 over 過半 changes one character: that is what is proposed.)
    await expect(body(page).locator("del")).toHaveText(["報導", "過"]);
    await expect(body(page).locator("ins")).toHaveText(["報道", "一"]);
    await expect(suggestion(page, "Replace “報導” with “報道”")).toContainText("校對");
    await expect(suggestion(page, "Replace “過” with “一”")).toBeVisible();

    // 王賀 may only suggest in review: the switch is held on. He decides 校對's suggestions.
    await expect(toggle(author)).toHaveAttribute("aria-pressed", "true");
    await expect(toggle(author)).toBeDisabled();
    await expect(panel(author).getByRole("listitem")).toHaveCount(2);
    await suggestion(author, "Replace “報導” with “報道”")
      .getByRole("button", { name: "Reject" })
      .click();
    await expect(author.getByText("1 suggestion rejected.")).toBeVisible();
    await suggestion(author, "Replace “過” with “一”")
      .getByRole("button", { name: "Accept" })
      .click();
    const decided = "德州日報記者報導，全市春耕進度一半。";
    for (const each of [page, author]) {
      await expect(panel(each).getByText("No suggestions waiting.")).toBeVisible();
      await expect.poll(bodyText(each)).toBe(decided);
      await expect(body(each).locator("ins, del")).toHaveCount(0);
    }
    const records = await db.suggestion.findMany({
      where: { articleId: article.id },
      orderBy: { createdAt: "asc" },
    });
    expect(records.map((row) => [row.inserted, row.status])).toEqual([
      ["報道", "REJECTED"],
      ["一", "ACCEPTED"],
    ]);

    // One more suggestion, left waiting; the story is published meanwhile.
    await selectChars(page, 9, 2); // 全市
    await page.keyboard.type("全縣");
    await expect(suggestion(author, "Replace “全市” with “全縣”")).toBeVisible();
    await expect
      .poll(() => db.suggestion.count({ where: { articleId: article.id, status: "OPEN" } }), {
        timeout: 15_000,
      })
      .toBe(1);
    // 校對 passes 一校: the round's record lists its suggestions and their fate.
    const { version } = await db.article.findUniqueOrThrow({ where: { id: article.id } });
    const passed = await page.request.post(`/api/v1/articles/${article.id}/transitions`, {
      headers: { origin: e2eBaseUrl },
      data: { transition: "pass", version },
    });
    expect(passed.status()).toBe(200);
    await page.goto(`/newsroom/articles/${article.id}/timeline`);
    const round = page.getByRole("row").filter({ hasText: "Suggestions in this round" });
    await expect(round.getByRole("listitem")).toHaveText([
      "Replace “報導” with “報道” · 校對 · rejected",
      "Replace “過” with “一” · 校對 · accepted",
      "Replace “全市” with “全縣” · 校對 · waiting",
    ]);

    await db.article.update({
      where: { id: article.id },
      data: { status: "APPROVED", reviewChain: undefined, reviewStage: null },
    });
    const desk = await pageAs("editor");
    await publishThroughApi(desk.request, db, article.id, e2eBaseUrl);
    const reader = await (await page.context().browser()!.newContext()).newPage();
    await reader.goto(`/articles/${article.slug}`);
    await expect(reader.locator("article")).toContainText(decided);
    await expect(reader.locator("article")).not.toContainText("全縣");
    await expect(reader.locator("article ins, article del")).toHaveCount(0);
  });

  test("a Chinese input method types in both modes, and the author withdraws their own suggestion", async ({
    pageAs,
  }) => {
    const article = await storyOfWangHe("DRAFT");
    const author = await pageAs("reporter");
    await open(author, article.id);

    // Editing: composed text goes straight into the story.
    await body(author).locator("p").first().click();
    await author.keyboard.press("ControlOrMeta+End");
    await compose(author, "chungeng", "春耕");
    await expect(body(author)).toHaveText(`${TEXT}春耕`);
    await expect(body(author).locator("ins")).toHaveCount(0);

    // Suggesting: the same input method, now a proposal.
    await toggle(author).click();
    await compose(author, "jinzhan", "進展");
    await expect(body(author).locator("ins")).toHaveText("進展");
    await expect(suggestion(author, "Insert “進展”")).toBeVisible();
    await expect(body(author)).toHaveText(`${TEXT}春耕進展`);

    // The author may edit: they take it back with "Reject".
    await suggestion(author, "Insert “進展”").getByRole("button", { name: "Reject" }).click();
    await expect(body(author)).toHaveText(`${TEXT}春耕`);
    await expect(panel(author).getByText("No suggestions waiting.")).toBeVisible();
  });
});
