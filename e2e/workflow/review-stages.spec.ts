import { expect as baseExpect, test, type Browser, type Page } from "@playwright/test";
import { createArticle, paragraphDoc } from "../../prisma/factories";
import { DEMO, signIn } from "../fixtures/auth";
import { e2eDb } from "../fixtures/db";

// Every step reloads the editor; on a shared two-core machine that can take several seconds.
const expect = baseExpect.configure({ timeout: 15_000 });
const db = e2eDb();
test.afterAll(() => db.$disconnect());

const workflow = (page: Page) => page.getByRole("region", { name: "Workflow" });
const state = (page: Page) => page.getByTestId("workflow-status");
const stage = (page: Page) => page.getByTestId("review-stage");
const body = (page: Page) => page.getByRole("textbox", { name: "Body" });
const saved = (page: Page) => expect(page.locator("[data-save-status]")).toHaveText("Saved");

async function as(browser: Browser, person: { email: string }, url: string) {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, person.email);
  await page.goto(url);
  return page;
}

/** Presses a workflow button and waits for the page the panel reloads once the step is done. */
async function press(page: Page, name: string) {
  await Promise.all([
    page.waitForEvent("load"),
    workflow(page).getByRole("button", { name, exact: true }).click(),
  ]);
}

async function demoUserId(email: string) {
  return (await db.user.findUniqueOrThrow({ where: { email } })).id;
}

/**
 * The review stages issue's story, in the demo newsroom: 本地 runs 三審三校 (初審 by an
 * editor, 複審 by the desk head 張主任, three proofreading rounds by 校對, 終審 by the
 * editor-in-chief 總編輯). The UI is English here, so the stages read "First review"…
 */
test.describe("[WORKFLOW] 三審三校 in 本地", () => {
  test.describe.configure({ timeout: 360_000 });

  test("a story passes every stage, is sent back once, is blocked by the checklist, and is published with every sign-off on record", async ({
    browser,
  }) => {
    const stamp = Date.now().toString(36);
    const [reporterId, local] = await Promise.all([
      demoUserId(DEMO.reporter.email),
      db.section.findUniqueOrThrow({ where: { slug: "local" } }),
    ]);
    const photo = await db.media.create({
      data: {
        checksum: `${stamp}${"0".repeat(64)}`.slice(0, 64),
        storageKey: `o/review-${stamp}.jpg`,
        mimeType: "image/jpeg",
        sizeBytes: 1000,
        width: 1600,
        height: 1200,
        fileName: `meeting-${stamp}.jpg`,
      },
    });
    const headline = `防控工作會議 ${stamp}`;
    const article = await createArticle(db, {
      createdById: reporterId,
      headline,
      bylineUserIds: [reporterId],
      sectionId: local.id,
    });
    await db.article.update({
      where: { id: article.id },
      data: {
        body: paragraphDoc("德州市召開防控工作會義。"),
        dek: "會議部署下一階段工作。",
        featuredImageId: photo.id,
      },
    });
    const url = `/newsroom/articles/${article.id}`;

    // 王賀 submits: the story enters 初審, the first of six stages.
    const reporter = await as(browser, DEMO.reporter, url);
    await press(reporter, "Submit for review");
    await expect(stage(reporter)).toHaveText("Stage: First review (1 of 6)");

    // 李榕 passes 初審; 複審 is the desk head's, so she has no move there.
    const editor = await as(browser, DEMO.editor, url);
    await press(editor, "Pass to Second review");
    await expect(stage(editor)).toHaveText("Stage: Second review (2 of 6)");
    await expect(workflow(editor).getByRole("button", { name: /^Pass to/ })).toHaveCount(0);

    // 張主任 sends it back a stage first: a note is required, then 初審 has it again.
    const head = await as(browser, DEMO.deskHead, url);
    const sendBack = async (to: string, note: string) => {
      await workflow(head).getByLabel("Note").fill(note);
      await workflow(head).getByRole("button", { name: "Send back", exact: true }).click();
      const choice = head.getByRole("dialog", { name: "Send back to…" });
      await Promise.all([
        head.waitForEvent("load"),
        choice.getByRole("button", { name: to }).click(),
      ]);
    };
    await workflow(head).getByRole("button", { name: "Send back", exact: true }).click();
    await expect(workflow(head).getByRole("alert")).toHaveText(
      "Say what needs to change: a note is required.",
    );
    await sendBack("To First review", "請核對會議日期。");
    await expect(stage(head)).toHaveText("Stage: First review (1 of 6)");
    await editor.reload();
    await expect(
      editor.getByRole("region", { name: /^Sent back to this stage by 張主任 / }),
    ).toContainText("請核對會議日期。");
    await press(editor, "Pass to Second review");

    // Then to the reporter, with a note.
    await head.reload();
    await sendBack("To the reporter", "導語請寫明會議時間。");
    await expect(state(head)).toHaveText("State: Changes requested");

    // 王賀 reads the note, revises and resubmits.
    await reporter.reload();
    await expect(
      reporter.getByRole("region", { name: /^Changes requested by 張主任, / }),
    ).toContainText("導語請寫明會議時間。");
    await reporter.getByLabel("Dek").fill("二月十二日的會議部署下一階段工作。");
    await saved(reporter);
    await press(reporter, "Submit for review");
    await expect(stage(reporter)).toHaveText("Stage: First review (1 of 6)");

    await editor.reload();
    await press(editor, "Pass to Second review");
    await head.reload();
    await press(head, "Pass to First proof");
    await expect(stage(head)).toHaveText("Stage: First proof (3 of 6)");

    // 校對 fixes a character in 一校, then passes the three rounds.
    const proofreader = await as(browser, DEMO.proofreader, url);
    await body(proofreader).click();
    await proofreader.keyboard.press("ControlOrMeta+End");
    await proofreader.keyboard.press("ArrowLeft");
    await proofreader.keyboard.press("Backspace");
    await proofreader.keyboard.type("議");
    await saved(proofreader);
    await press(proofreader, "Pass to Second proof");
    await press(proofreader, "Pass to Third proof");
    await press(proofreader, "Pass to Final review");
    await expect(stage(proofreader)).toHaveText("Stage: Final review (6 of 6)");
    await expect(workflow(proofreader).getByRole("button", { name: "Approve" })).toHaveCount(0);

    // 總編輯 passes 終審; publishing is refused while the photo has no alt text.
    const chief = await as(browser, DEMO.chief, url);
    await press(chief, "Approve");
    await expect(state(chief)).toHaveText("State: Approved");
    // The live checklist says so before anyone presses "Publish"; every other check passes.
    const checklist = chief.getByRole("region", { name: "Before publishing" });
    await expect(checklist.getByRole("listitem").filter({ hasText: "failing" })).toHaveText([
      /^✗Image alt text: failing/,
    ]);
    await expect(checklist.getByRole("listitem").filter({ hasText: "passing" })).toHaveCount(8);
    await workflow(chief).getByRole("button", { name: "Publish", exact: true }).click();
    await expect(workflow(chief).getByRole("alert")).toContainText(`meeting-${stamp}.jpg`);
    await expect(state(chief)).toHaveText("State: Approved");
    expect(await db.publishedVersion.count({ where: { articleId: article.id } })).toBe(0);
    await workflow(chief)
      .getByRole("button", { name: `Add alt text to “meeting-${stamp}.jpg”` })
      .click();
    const picker = chief.getByRole("group", { name: "Featured image" });
    await picker.getByLabel("Alt text", { exact: true }).fill("德州市防控工作會議現場");
    await picker.getByRole("button", { name: "Save image details" }).click();
    await expect(picker.getByRole("status")).toHaveText("Image details saved.");
    await press(chief, "Publish");
    await expect(state(chief)).toHaveText("State: Published");

    // The timeline keeps every sign-off; the proofreading round links to its diff.
    await chief.goto(`${url}/timeline`);
    await expect(chief.locator('tr[data-entry-type="signoff"] td:nth-child(3)')).toHaveText([
      "Passed First review",
      "Sent back from Second review: 請核對會議日期。",
      "Passed First review",
      "Sent back from Second review: 導語請寫明會議時間。",
      "Passed First review",
      "Passed Second review",
      "Passed First proof Changes in First proof",
      "Passed Second proof Changes in Second proof",
      "Passed Third proof Changes in Third proof",
      "Passed Final review",
    ]);
    const signOffRows = chief.locator('tr[data-entry-type="signoff"]');
    await expect(signOffRows.nth(0)).toContainText("李榕");
    await expect(signOffRows.nth(1)).toContainText("張主任");
    await expect(signOffRows.nth(6)).toContainText("校對");
    await expect(signOffRows.nth(9)).toContainText("總編輯");
    await chief.getByRole("link", { name: "Changes in First proof" }).click();
    await expect(chief.locator("ins").filter({ hasText: "議" }).first()).toBeVisible();
    await expect(chief.locator("del").filter({ hasText: "義" }).first()).toBeVisible();
  });

  test("breaking news: the editor-in-chief publishes now with a reason, and the skipped stages stay on the story", async ({
    browser,
  }) => {
    const stamp = Date.now().toString(36);
    const [reporterId, local] = await Promise.all([
      demoUserId(DEMO.reporter.email),
      db.section.findUniqueOrThrow({ where: { slug: "local" } }),
    ]);
    const article = await createArticle(db, {
      createdById: reporterId,
      headline: `突發：德州發布疫情通報 ${stamp}`,
      bylineUserIds: [reporterId],
      sectionId: local.id,
    });
    await db.article.update({
      where: { id: article.id },
      data: {
        dek: "市疫情防控指揮部發布最新通報。",
        body: paragraphDoc("德州市今日發布疫情通報。"),
      },
    });
    const url = `/newsroom/articles/${article.id}`;
    const reporter = await as(browser, DEMO.reporter, url);
    await press(reporter, "Submit for review");

    // An editor cannot skip the desk: the button is not hers.
    const editor = await as(browser, DEMO.editor, url);
    await expect(workflow(editor).getByRole("button", { name: "Publish now" })).toHaveCount(0);

    const chief = await as(browser, DEMO.chief, url);
    await workflow(chief).getByRole("button", { name: "Publish now" }).click();
    await expect(workflow(chief).getByRole("alert")).toHaveText(
      "Say why this cannot wait for the remaining stages: a reason is required.",
    );
    expect((await db.article.findUniqueOrThrow({ where: { id: article.id } })).status).toBe(
      "SUBMITTED",
    );
    await workflow(chief).getByLabel("Note").fill("疫情通報須即時發布。");
    await workflow(chief).getByRole("button", { name: "Publish now" }).click();
    await Promise.all([
      chief.waitForEvent("load"),
      chief.getByRole("dialog").getByRole("button", { name: "Confirm" }).click(),
    ]);
    await expect(state(chief)).toHaveText("State: Published");
    const notice = chief.getByRole("region", {
      name: /^Published now by 總編輯 .*, skipping review stages$/,
    });
    await expect(notice).toContainText(
      "Skipped: First review, Second review, First proof, Second proof, Third proof, Final review",
    );
    await expect(notice).toContainText("Reason: 疫情通報須即時發布。");
    // The reporter sees it on the story too; readers never see sign-offs.
    await reporter.reload();
    await expect(reporter.getByRole("region", { name: /^Published now by 總編輯/ })).toBeVisible();
    await chief.goto(`${url}/timeline`);
    await expect(chief.locator('tr[data-entry-type="signoff"]')).toHaveCount(6);
    await expect(chief.locator('tr[data-entry-type="signoff"]').first()).toContainText(
      "Skipped First review: 疫情通報須即時發布。",
    );
  });
});
