import { expect as baseExpect, test, type Browser, type Page } from "@playwright/test";
import { createArticle, createUser, FACTORY_PASSWORD } from "../../prisma/factories";
import { signIn } from "../fixtures/auth";
import { e2eBaseUrl } from "../fixtures/config";
import { e2eDb } from "../fixtures/db";

// Each step reloads the editor; on a shared two-core machine that can take several seconds.
const expect = baseExpect.configure({ timeout: 15_000 });
const db = e2eDb();
test.afterAll(() => db.$disconnect());

const body = (page: Page) => page.getByRole("textbox", { name: "Body" });
const saved = (page: Page) => expect(page.locator("[data-save-status]")).toHaveText("Saved");
const state = (page: Page) => page.getByTestId("workflow-status");

async function signedIn(browser: Browser, email: string) {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email, FACTORY_PASSWORD);
  return page;
}

/** Presses a workflow button and waits for the page the panel reloads once the step is done. */
async function step(page: Page, name: string) {
  await Promise.all([
    page.waitForEvent("load"),
    page.getByRole("button", { name, exact: true }).click(),
  ]);
}

/**
 * What a desk trips over (issue 13, defects 5–7): a story moves through review with the
 * note on the story, sits in "Approved", goes live, is edited ("Unpublished changes"),
 * and every step reads in words in Timeline, History, the audit log and notifications.
 */
test.describe("[WORKFLOW] the desk reads a story's steps in words", () => {
  test.describe.configure({ timeout: 180_000 });

  test("note on the story, Approved queue, unpublished changes, timeline, history, audit log, notifications", async ({
    browser,
  }) => {
    const stamp = Date.now().toString(36);
    const reporterUser = await createUser(db, { name: `王賀 ${stamp}` });
    const editorUser = await createUser(db, { role: "EDITOR", name: `李榕 ${stamp}` });
    const headline = `供暖會議 ${stamp}`;
    const article = await createArticle(db, {
      createdById: reporterUser.id,
      status: "SUBMITTED",
      headline,
      bylineUserIds: [reporterUser.id],
    });
    const articleUrl = `/newsroom/articles/${article.id}`;
    const note = "請補充供暖開始的日期。";

    // 李榕 asks for a change.
    const editor = await signedIn(browser, editorUser.email);
    await editor.goto(articleUrl);
    await editor.getByLabel("Note").fill(note);
    await step(editor, "Send back");
    await expect(state(editor)).toHaveText("State: Changes requested");

    // 王賀 opens the story and finds the note on it, with who wrote it.
    const reporter = await signedIn(browser, reporterUser.email);
    await reporter.goto(articleUrl);
    const request = reporter.getByRole("region", {
      name: new RegExp(`^Changes requested by ${editorUser.name}, `),
    });
    await expect(request).toContainText(note);
    await body(reporter).click();
    await reporter.keyboard.press("ControlOrMeta+End");
    await reporter.keyboard.type("供暖自十一月十五日開始。");
    await saved(reporter);
    await step(reporter, "Submit for review");
    await expect(state(reporter)).toHaveText("State: In review");
    await expect(request).toHaveCount(0);

    // Approved, it stays on the desk in "Approved" (and leaves the review queue).
    await editor.reload();
    await step(editor, "Approve");
    await editor.goto("/newsroom");
    const approved = editor.getByRole("region", { name: /^Approved \(\d+\)$/ });
    await expect(approved.getByRole("link", { name: headline })).toBeVisible();
    await expect(
      editor.getByRole("region", { name: /^Review queue/ }).getByRole("link", { name: headline }),
    ).toHaveCount(0);

    // Published, then edited: the editor and the list say readers do not see it yet.
    await approved.getByRole("link", { name: headline }).click();
    await step(editor, "Publish");
    await expect(state(editor)).toHaveText("State: Published");
    await expect(editor.getByTestId("unpublished-changes")).toHaveCount(0);
    const updated = `${headline}（更新）`;
    await editor.getByLabel("Headline").fill(updated);
    await saved(editor);
    await editor.reload();
    await expect(editor.getByTestId("unpublished-changes")).toContainText("Unpublished changes");
    await editor.goto("/newsroom/stories");
    await expect(editor.getByRole("row").filter({ hasText: updated })).toContainText(
      "Unpublished changes",
    );
    await editor.goto(articleUrl);
    await step(editor, "Publish update");
    await expect(editor.getByTestId("unpublished-changes")).toHaveCount(0);

    // Timeline: each step once, in words.
    await editor.goto(`${articleUrl}/timeline`);
    const steps = editor.locator('tr[data-entry-type="event"] td:nth-child(3)');
    await expect(steps).toHaveText([
      `Changes requested: ${note}`,
      "Submitted for review",
      "Approved",
      "Published",
      "Published an update",
    ]);
    await expect(
      editor.locator('tr[data-entry-type="revision"]', { hasText: "workflow step" }),
    ).toHaveCount(0);
    const timelineText = await editor.locator("main").innerText();
    for (const code of ["publish-update", "request-changes", "approve", "submit"])
      expect(timelineText).not.toContain(code);

    // History: the same words.
    await editor.goto(`${articleUrl}/history`);
    const history = editor.locator("ol").last();
    await expect(history).toContainText("Published an update");
    await expect(history).toContainText(`Changes requested: ${note}`);
    expect(await history.innerText()).not.toMatch(/publish-update|request-changes|\bapprove\b/);

    // The same steps in the newsroom's other languages (the language switcher's cookie).
    const uiLanguage = (value: string) =>
      editor.context().addCookies([{ name: "galley-locale", value, url: e2eBaseUrl }]);
    await uiLanguage("zh-Hant");
    await editor.goto(`${articleUrl}/timeline`);
    await expect(steps.last()).toHaveText("發佈更新");
    await expect(steps.first()).toHaveText(`退回修改：${note}`);
    await uiLanguage("zh-Hans");
    await editor.reload();
    await expect(steps.last()).toHaveText("发布更新");
    await uiLanguage("en");

    // The audit log: who, what and which story, filtered by a plain GET form.
    await editor.goto("/newsroom/audit");
    const filters = editor.getByRole("form", { name: "Filter the audit log" });
    await filters.getByLabel("Who").selectOption({ label: editorUser.name });
    await filters.getByLabel("What").selectOption({ label: "Published an update" });
    await filters.getByRole("button", { name: "Apply" }).click();
    await expect(editor).toHaveURL(/what=publish-update/);
    const rows = editor.getByRole("row").filter({ hasText: editorUser.name });
    await expect(rows).toHaveCount(1);
    await expect(rows).toContainText("Published an update");
    await expect(rows.getByRole("link", { name: updated })).toBeVisible();
    await filters.getByLabel("What").selectOption({ label: "Anything" });
    await filters.getByLabel("Article").fill(stamp);
    await filters.getByRole("button", { name: "Apply" }).click();
    await expect(rows.locator("td:nth-child(3)")).toHaveText([
      "Published an update",
      "Published",
      "Approved",
      "Changes requested",
    ]);
    expect(await editor.locator("table").innerText()).not.toMatch(
      /article\.|[0-9a-f]{8}-[0-9a-f]{4}/,
    );

    // 王賀's notifications say who acted, and tell of the update too.
    await reporter.goto("/newsroom/notifications");
    const notice = reporter.getByRole("listitem").filter({
      has: reporter.getByRole("button", { name: `An update to “${updated}” was published` }),
    });
    await expect(notice).toContainText(`by ${editorUser.name}`);
    await expect(
      reporter.getByRole("listitem").filter({ hasText: `Changes requested on “${updated}”` }),
    ).toContainText(`by ${editorUser.name}`);
  });

  test("the audit log filters without JavaScript and explains a filter it cannot read", async ({
    browser,
  }) => {
    const editorUser = await createUser(db, { role: "EDITOR" });
    const signedInPage = await signedIn(browser, editorUser.email);
    const context = await browser.newContext({
      javaScriptEnabled: false,
      storageState: await signedInPage.context().storageState(),
    });
    const page = await context.newPage();
    await page.goto("/newsroom/audit");
    const filters = page.getByRole("form", { name: "Filter the audit log" });
    await filters.getByLabel("Who").selectOption({ label: editorUser.name });
    await filters.getByLabel("What").selectOption({ label: "Signed in" });
    await filters.getByRole("button", { name: "Apply" }).click();
    await expect(page).toHaveURL(/what=sign-in/);
    const rows = page.getByRole("row").filter({ hasText: editorUser.name });
    await expect(rows).toHaveCount(1);
    await expect(rows).toContainText("Signed in");

    await page.goto("/newsroom/audit?from=2026-13-45");
    await expect(page.getByRole("alert").filter({ hasText: "filters" })).toHaveText(
      "Some filters were not understood (a date or a person that does not exist) and were left out.",
    );
    await expect(page.getByRole("heading", { name: "Audit log" })).toBeVisible();
  });

  test("'New story' left empty stays out of the lists; typed into, it is listed", async ({
    browser,
  }) => {
    const reporterUser = await createUser(db);
    const page = await signedIn(browser, reporterUser.email);
    await page.getByRole("button", { name: "New story" }).click();
    await expect(page).toHaveURL(/\/newsroom\/articles\/[0-9a-f-]{36}$/);
    const id = page.url().split("/").pop()!;
    const link = page.locator(`a[href="/newsroom/articles/${id}"]`);
    await page.goto("/newsroom");
    await expect(page.getByRole("heading", { name: "My stories" })).toBeVisible();
    await expect(link).toHaveCount(0);
    await page.goto("/newsroom/stories");
    await expect(link).toHaveCount(0);
    const queued = await db.$queryRaw<Array<{ run_at: Date }>>`
      select run_at from graphile_worker.jobs where key = ${`discard-draft:${id}`}`;
    expect(queued[0]!.run_at.getTime()).toBeGreaterThan(Date.now() + 23 * 3600_000);

    await page.goto(`/newsroom/articles/${id}`);
    await page.getByLabel("Headline").fill("鄉鎮新聞");
    await saved(page);
    await page.goto("/newsroom");
    await expect(link).toHaveText("鄉鎮新聞");
  });
});
