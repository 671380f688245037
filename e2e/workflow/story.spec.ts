import type { Page } from "@playwright/test";
import { instantToWallTime } from "../../lib/time-zone";
import { e2eDb } from "../fixtures/db";
import { expect as baseExpect, test, type DemoRole } from "../fixtures/session";

// Each move reloads the editor; on a shared two-core machine, with the other worker
// running its own spec, that can take longer than expect's default five seconds.
const expect = baseExpect.configure({ timeout: 15_000 });
const db = e2eDb();
test.afterAll(() => db.$disconnect());

const body = (page: Page) => page.getByRole("textbox", { name: "Body" });
const saved = (page: Page) => expect(page.locator("[data-save-status]")).toHaveText("Saved");
const state = (page: Page) => page.getByTestId("workflow-status");
const refusal = (page: Page) => page.getByRole("region", { name: "Workflow" }).getByRole("alert");

/** A demo role's own window, open on the newsroom. */
async function signedIn(pageAs: (role: DemoRole) => Promise<Page>, role: DemoRole) {
  const page = await pageAs(role);
  await page.goto("/newsroom");
  return page;
}

/**
 * The whole story, as the issue tells it: 王賀 writes and submits; 李榕 requests changes;
 * 王賀 revises and resubmits; 李榕 approves and schedules it a few seconds ahead; the page
 * appears to an anonymous reader with nobody acting; 李榕 edits the live article and
 * readers see the change only after "Publish update"; a correction appears; unpublishing
 * answers 410.
 */
test.describe("[WORKFLOW] a story from draft to the reader and back down", () => {
  test.describe.configure({ timeout: 180_000 });

  test("write, review, schedule, update, correct, unpublish", async ({ browser, pageAs }) => {
    const stamp = Date.now().toString(36);
    const headline = `德州冬季供暖保障會議 ${stamp}`;

    // 王賀 writes and submits.
    const reporter = await signedIn(pageAs, "reporter");
    await reporter.getByRole("button", { name: "New story" }).click();
    await reporter.getByLabel("Headline").fill(headline);
    await body(reporter).click();
    await reporter.keyboard.type("全市供暖面積達到一千萬平方米。");
    await saved(reporter);
    const articleUrl = reporter.url();
    await reporter.getByRole("button", { name: "Submit for review" }).click();
    await expect(state(reporter)).toHaveText("State: In review");
    // A reporter may take the submission back, but cannot approve or publish.
    await expect(reporter.getByRole("button", { name: "Withdraw" })).toBeVisible();
    await expect(reporter.getByRole("button", { name: "Approve" })).toHaveCount(0);
    await expect(reporter.getByRole("button", { name: "Publish" })).toHaveCount(0);

    // 李榕 finds it in the review queue and asks for a change; a note is required.
    const editor = await signedIn(pageAs, "editor");
    const queue = editor.getByRole("region", { name: /Review queue/ });
    await queue.getByRole("link", { name: headline }).click();
    await expect(state(editor)).toHaveText("State: In review");
    await editor.getByRole("button", { name: "Send back" }).click();
    await expect(refusal(editor)).toHaveText("Say what needs to change: a note is required.");
    await expect(state(editor)).toHaveText("State: In review");
    // An inline comment on the words that need work: the last four characters of the lead.
    await body(editor).click();
    await editor.keyboard.press("ControlOrMeta+End");
    await editor.keyboard.press("ArrowLeft");
    for (let i = 0; i < 4; i++) await editor.keyboard.press("Shift+ArrowLeft");
    await editor
      .getByRole("toolbar", { name: "Formatting" })
      .getByRole("button", { name: "Comment", exact: true })
      .click();
    const comments = editor.getByRole("region", { name: "Comments" });
    await comments.getByLabel("Add comment").fill("面積數字請核實。");
    await comments.getByRole("button", { name: "Add comment" }).click();
    await expect(comments.getByText("面積數字請核實。")).toBeVisible();
    await expect(body(editor).locator("[data-comment-id]")).toHaveText("萬平方米");
    await saved(editor);
    await editor.getByLabel("Note").fill("請補充供暖開始的日期。");
    await editor.getByRole("button", { name: "Send back" }).click();
    await expect(state(editor)).toHaveText("State: Changes requested");

    // 王賀 is told, revises and resubmits.
    await reporter.goto("/newsroom");
    await expect(
      reporter.getByRole("link", { name: /Notifications \(\d+ unread\)/ }),
    ).toBeVisible();
    await reporter.getByRole("link", { name: /Notifications/ }).click();
    await expect(
      reporter.getByRole("button", { name: `New comment on “${headline}”` }),
    ).toBeVisible();
    await reporter.getByRole("button", { name: `Changes requested on “${headline}”` }).click();
    await expect(reporter).toHaveURL(articleUrl);
    await expect(state(reporter)).toHaveText("State: Changes requested");
    // 王賀 sees the inline comment on the same words.
    await expect(
      reporter.getByRole("region", { name: "Comments" }).getByText("面積數字請核實。"),
    ).toBeVisible();
    await expect(body(reporter).locator("[data-comment-id]")).toHaveText("萬平方米");
    await body(reporter).click();
    await reporter.keyboard.press("ControlOrMeta+End");
    await reporter.keyboard.type("供暖自十一月十五日開始。");
    await reporter.getByRole("button", { name: "Submit for review" }).click();
    await expect(state(reporter)).toHaveText("State: In review");

    // 李榕 approves and schedules it a few seconds ahead, in the newsroom's time zone.
    await editor.reload();
    await editor.getByRole("button", { name: "Approve" }).click();
    await expect(state(editor)).toHaveText("State: Approved");
    // The reloaded page is hydrated (the body's editor mounts only in the browser): a time
    // typed into the server-rendered field before that would be lost.
    await expect(editor.getByRole("textbox", { name: "Body" })).toBeVisible();
    // Far enough ahead that a busy machine still sends it before the time passes (a time
    // already past is refused, and the story would stay approved).
    const at = new Date(Date.now() + 15_000);
    await editor
      .getByLabel("Publish at")
      .fill(instantToWallTime(at, "Asia/Shanghai", { seconds: true }));
    await editor.getByRole("button", { name: "Schedule", exact: true }).click();
    await expect(state(editor)).toHaveText("State: Scheduled");
    await expect(editor.getByRole("button", { name: "Cancel schedule" })).toBeVisible();

    // An anonymous reader sees the page appear without anyone acting.
    const reader = await (await browser.newContext()).newPage();
    const slug = (await db.article.findFirstOrThrow({ where: { headline } })).slug;
    const readerUrl = `/articles/${encodeURIComponent(slug)}`;
    expect((await reader.goto(readerUrl))?.status()).toBe(404);
    await expect
      .poll(async () => (await reader.goto(readerUrl))?.status(), {
        timeout: 30_000,
        intervals: [1_000],
      })
      .toBe(200);
    const publishedAt = Date.now();
    expect(publishedAt - at.getTime(), "published within 5 s of its time").toBeLessThan(6_000);
    await expect(reader.getByRole("heading", { level: 1 })).toHaveText(headline);
    await expect(reader.locator(".article-body")).toContainText("供暖自十一月十五日開始。");
    expect(await reader.content(), "comments never reach readers").not.toContain("data-comment-id");
    const article = await db.article.findFirstOrThrow({ where: { headline } });
    expect(
      await db.workflowEvent.count({ where: { articleId: article.id, toStatus: "PUBLISHED" } }),
    ).toBe(1);

    // 李榕 edits the live article: readers keep the live copy until "Publish update".
    await editor.reload();
    await expect(state(editor)).toHaveText("State: Published");
    await editor.getByLabel("Headline").fill(`${headline}（更新）`);
    await saved(editor);
    await reader.reload();
    await expect(reader.getByRole("heading", { level: 1 })).toHaveText(headline);
    // The panel reloads the page once the update is live: wait for that, not the (unchanged) state.
    await Promise.all([
      editor.waitForEvent("load"),
      editor.getByRole("button", { name: "Publish update" }).click(),
    ]);
    await expect(state(editor)).toHaveText("State: Published");
    await reader.reload();
    await expect(reader.getByRole("heading", { level: 1 })).toHaveText(`${headline}（更新）`);
    await expect(reader.getByText("Updated")).toBeVisible();

    // A correction reaches readers at once, in the corrections box.
    const correction = "此前報道供暖面積有誤，應為一千萬平方米。";
    const box = editor.getByRole("region", { name: "Corrections" });
    // A time in the future is refused beside "Correction time", and nothing is added.
    const field = box.getByLabel("Correction", { exact: true });
    const time = box.getByLabel("Correction time");
    const now = await time.inputValue();
    await field.fill(correction);
    await time.fill("2099-01-01T08:00");
    await box.getByRole("button", { name: "Add correction" }).click();
    await expect(time).toHaveAccessibleDescription(/The correction time cannot be in the future\./);
    await expect(field).toHaveValue(correction);
    expect(await db.correction.count({ where: { articleId: article.id } })).toBe(0);
    await time.fill(now);
    await box.getByRole("button", { name: "Add correction" }).click();
    await expect(box.getByText("Correction added. Readers see it now.")).toBeVisible();
    await reader.reload();
    await expect(reader.getByRole("region", { name: "Corrections" })).toContainText(correction);

    // Unpublish (asked twice): the address answers 410 Gone.
    await editor.getByRole("button", { name: "Unpublish" }).click();
    await editor.getByRole("button", { name: "Confirm" }).click();
    await expect(state(editor)).toHaveText("State: Unpublished");
    const gone = await reader.goto(readerUrl);
    expect(gone?.status()).toBe(410);
    await expect(reader.getByRole("heading", { level: 1 })).toHaveText(
      "This article has been removed",
    );
    await reader.goto("/");
    await expect(reader.getByRole("link", { name: new RegExp(headline) })).toHaveCount(0);
  });

  test("out-of-order and too-early moves are refused with a sentence and change nothing", async ({
    pageAs,
  }) => {
    const editor = await signedIn(pageAs, "editor");
    await editor.getByRole("button", { name: "New story" }).click();
    await editor.getByLabel("Headline").fill(`Embargoed ${Date.now().toString(36)}`);
    await saved(editor);
    const id = editor.url().split("/").pop()!;
    // The API refuses approving a draft, whatever the UI shows.
    const version = (await db.article.findUniqueOrThrow({ where: { id } })).version;
    const eventsBefore = await db.workflowEvent.count({ where: { articleId: id } });
    const refused = await editor.request.post(`/api/v1/articles/${id}/transitions`, {
      data: { transition: "approve", version },
      headers: { origin: new URL(editor.url()).origin },
    });
    expect(refused.status()).toBe(409);
    expect((await refused.json()).message).toBe(
      "This article is a draft, so it cannot be moved that way.",
    );
    expect(await db.workflowEvent.count({ where: { articleId: id } })).toBe(eventsBefore);

    // Embargo: publishing before it is refused by the server, and nothing moves.
    await editor.getByRole("button", { name: "Submit for review" }).click();
    // Pressed before the reloaded panel hydrates, "Approve" did nothing (a flaky run).
    await expect(
      editor.getByRole("region", { name: "Workflow" }).getByText("Submitted for review.", {
        exact: true,
      }),
    ).toBeVisible();
    await editor.getByRole("button", { name: "Approve" }).click();
    await expect(state(editor)).toHaveText("State: Approved");
    // The panel's "Approved." line is written once the reloaded page has hydrated: typed
    // before that, the embargo time would be reset by hydration.
    await expect(
      editor.getByRole("region", { name: "Workflow" }).getByText("Approved.", { exact: true }),
    ).toBeVisible();
    const until = instantToWallTime(new Date(Date.now() + 3_600_000), "Asia/Shanghai");
    await editor.getByLabel("Embargo until").fill(until);
    await editor.getByRole("button", { name: "Set embargo" }).click();
    await expect(editor.getByText(/^Embargoed until/)).toBeVisible();
    // "Embargo set." is written by the reloaded panel once it has hydrated; "Publish"
    // pressed on the server-rendered page before that did nothing (a run under load).
    await expect(
      editor.getByRole("region", { name: "Workflow" }).getByText("Embargo set.", { exact: true }),
    ).toBeVisible();
    const before = await db.article.findUniqueOrThrow({ where: { id } });
    await editor.getByRole("button", { name: "Publish", exact: true }).click();
    await expect(refusal(editor)).toHaveText(
      "This article is under embargo and cannot be published before it ends.",
    );
    const after = await db.article.findUniqueOrThrow({ where: { id } });
    expect(after).toMatchObject({
      status: "APPROVED",
      version: before.version,
      liveVersionId: null,
    });

    // A schedule time in the past is refused too.
    await editor
      .getByLabel("Publish at")
      .fill(instantToWallTime(new Date(Date.now() - 60_000), "Asia/Shanghai"));
    await editor.getByRole("button", { name: "Schedule", exact: true }).click();
    await expect(refusal(editor)).toHaveText(
      "That time has already passed: choose a time in the future.",
    );
    expect((await db.article.findUniqueOrThrow({ where: { id } })).status).toBe("APPROVED");
  });
});
