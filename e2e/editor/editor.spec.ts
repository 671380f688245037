import { expect, test, type Page } from "@playwright/test";
import { articleFields, createArticle, createUser, FACTORY_PASSWORD } from "../../prisma/factories";
import { signIn } from "../fixtures/auth";
import { e2eBaseUrl } from "../fixtures/config";
import { e2eDb } from "../fixtures/db";

const db = e2eDb();
test.afterAll(() => db.$disconnect());

const body = (page: Page) => page.getByRole("textbox", { name: "Body" });
const status = (page: Page) => page.locator("[data-save-status]");

test.describe("[EDITOR] writing and saving", () => {
  test("a reporter writes a formatted article, reloads, and everything is there", async ({
    page,
  }) => {
    const reporter = await createUser(db);
    await signIn(page, reporter.email, FACTORY_PASSWORD);
    await page.getByRole("button", { name: "New story" }).click();
    await expect(page).toHaveURL(/\/newsroom\/articles\/[0-9a-f-]{36}$/);
    await page.getByLabel("Headline").fill("德州召開疫情防控工作會議");
    await page.getByLabel("Dek").fill("市委書記主持並講話");
    await body(page).click();
    await page.keyboard.type("第一段正文。");
    await page.keyboard.press("Enter");
    await page.keyboard.press("ControlOrMeta+b");
    await page.keyboard.type("重要");
    await page.keyboard.press("ControlOrMeta+b");
    await page.keyboard.type("的第二段。");
    await page.getByRole("button", { name: "Heading 2" }).click();
    await page.getByLabel("Place").fill("德州");
    // A correspondent without an account: found nowhere, created inline, role chosen.
    await page.getByRole("button", { name: "Add byline" }).click();
    const adding = page.getByRole("group", { name: "Add byline" });
    await adding.getByLabel("Find contributor").fill(`孫曉 ${reporter.id.slice(0, 6)}`);
    await adding.getByRole("radio", { name: /^New contributor/ }).check();
    await expect(adding.getByRole("button", { name: "Add to bylines" })).toBeDisabled();
    await adding.getByLabel("Role", { exact: true }).selectOption("CORRESPONDENT");
    await adding.getByRole("button", { name: "Add to bylines" }).click();
    await expect(adding).toHaveCount(0);
    await expect(page.getByLabel("Role of byline 2")).toHaveValue("CORRESPONDENT");
    await expect(status(page)).toHaveText("Saved", { timeout: 10_000 });
    await expect(page.getByTestId("body-count")).toContainText("11 characters/words");

    await page.reload();
    await expect(page.getByLabel("Headline")).toHaveValue("德州召開疫情防控工作會議");
    await expect(page.getByLabel("Dek")).toHaveValue("市委書記主持並講話");
    await expect(page.getByLabel("Place")).toHaveValue("德州");
    await expect(page.getByLabel("Contributor of byline 2").locator("option:checked")).toHaveText(
      `孫曉 ${reporter.id.slice(0, 6)}`,
    );
    await expect(body(page).locator("p").first()).toHaveText("第一段正文。");
    await expect(body(page).locator("h2 strong")).toHaveText("重要");

    // A URL typed in running text becomes a link when the space after it is typed.
    await body(page).locator("h2").click();
    await page.keyboard.press("End");
    await page.keyboard.press("Enter");
    await page.keyboard.type("來源 https://dezhou.example/news/12。 完");
    await expect(body(page).locator('a[href="https://dezhou.example/news/12"]')).toHaveText(
      "https://dezhou.example/news/12",
    );
    await expect(status(page)).toHaveText("Saved", { timeout: 10_000 });
    await page.reload();
    await expect(body(page).locator('a[href="https://dezhou.example/news/12"]')).toBeVisible();
  });

  test("two people add paragraphs at once: no conflict view, and both paragraphs are saved", async ({
    browser,
  }) => {
    const editor = await createUser(db, { role: "EDITOR" });
    const reporter = await createUser(db);
    const article = await createArticle(db, {
      createdById: reporter.id,
      bylineUserIds: [reporter.id],
    });
    const [first, second] = await Promise.all([browser.newContext(), browser.newContext()]);
    const a = await first.newPage();
    const b = await second.newPage();
    await signIn(a, reporter.email, FACTORY_PASSWORD);
    await signIn(b, editor.email, FACTORY_PASSWORD);
    await Promise.all([
      a.goto(`/newsroom/articles/${article.id}`),
      b.goto(`/newsroom/articles/${article.id}`),
    ]);
    // Each sees that the other has the article open.
    await expect(b.getByText(`${reporter.name} is editing`)).toBeVisible({ timeout: 15_000 });
    await expect(a.getByText(`${editor.name} is editing`)).toBeVisible({ timeout: 15_000 });

    await body(a).click();
    await a.keyboard.press("ControlOrMeta+End");
    await a.keyboard.press("Enter");
    await a.keyboard.type("記者補充的一段。");
    // The editor adds hers above, while the reporter is still typing below: had both
    // cursors met at the same spot, where each lands is a tie, not a lost edit.
    await body(b).click();
    await b.keyboard.press("ControlOrMeta+Home");
    await b.keyboard.type("編輯加上的一段。");
    await b.keyboard.press("Enter");
    await expect(status(a)).toHaveText("Saved", { timeout: 10_000 });
    await expect(status(b)).toHaveText("Saved", { timeout: 10_000 });
    await expect(b.getByRole("dialog")).toHaveCount(0);
    for (const page of [a, b]) {
      await expect(body(page)).toContainText("記者補充的一段。");
      await expect(body(page)).toContainText("編輯加上的一段。");
    }
    // The working copy is derived from the shared document a moment after typing stops.
    await expect
      .poll(
        async () =>
          JSON.stringify((await db.article.findUniqueOrThrow({ where: { id: article.id } })).body),
        { timeout: 15_000 },
      )
      .toMatch(/記者補充的一段。.*編輯加上的一段。|編輯加上的一段。.*記者補充的一段。/);
    await first.close();
    await second.close();
  });

  test("with the network cut mid-edit, editing goes on and the changes reach the server on reconnecting", async ({
    page,
    context,
  }) => {
    const reporter = await createUser(db);
    const article = await createArticle(db, { createdById: reporter.id });
    await signIn(page, reporter.email, FACTORY_PASSWORD);
    await page.goto(`/newsroom/articles/${article.id}`);
    await body(page).click();
    await context.setOffline(true);
    await page.keyboard.press("ControlOrMeta+End");
    await page.keyboard.type("斷網時寫下的句子。");
    await expect(status(page)).toHaveText("Offline – changes kept on this device", {
      timeout: 10_000,
    });
    await page.keyboard.type("還在繼續寫。");
    await context.setOffline(false);
    await expect(status(page)).toHaveText("Saved", { timeout: 15_000 });
    await expect
      .poll(
        async () =>
          JSON.stringify((await db.article.findUniqueOrThrow({ where: { id: article.id } })).body),
        { timeout: 15_000 },
      )
      .toContain("斷網時寫下的句子。還在繼續寫。");
  });

  test("a body with a javascript: link, an unknown node or 3 MB of text is refused and the article is unchanged", async ({
    page,
  }) => {
    const reporter = await createUser(db);
    const article = await createArticle(db, { createdById: reporter.id });
    await signIn(page, reporter.email, FACTORY_PASSWORD);
    const before = await db.article.findUniqueOrThrow({ where: { id: article.id } });
    const fields = articleFields(article.slug, { headline: "x" });
    const bodies: Array<[unknown, RegExp]> = [
      [
        {
          type: "doc",
          content: [
            {
              type: "paragraph",
              content: [
                {
                  type: "text",
                  text: "click",
                  marks: [{ type: "link", attrs: { href: "javascript:alert(1)" } }],
                },
              ],
            },
          ],
        },
        /http, https or mailto/,
      ],
      [
        { type: "doc", content: [{ type: "iframe", attrs: { src: "https://evil.example" } }] },
        /not support|iframe/i,
      ],
      [
        {
          type: "doc",
          content: [
            { type: "paragraph", content: [{ type: "text", text: "字".repeat(1_100_000) }] },
          ],
        },
        /larger than 2 MB/,
      ],
    ];
    for (const [bad, message] of bodies) {
      const response = await page.request.put(`/api/v1/articles/${article.id}`, {
        headers: { origin: e2eBaseUrl },
        data: { baseVersion: before.version, kind: "MANUAL", fields: { ...fields, body: bad } },
      });
      expect(response.status()).toBe(400);
      expect((await response.json()).message).toMatch(message);
    }
    expect(await db.article.findUniqueOrThrow({ where: { id: article.id } })).toEqual(before);
  });
});

test.describe("[EDITOR] refusals in the newsroom's language", () => {
  test("a slug another article uses is refused in the UI's language, and nothing is saved", async ({
    page,
  }) => {
    const reporter = await createUser(db);
    const other = await createArticle(db, { createdById: reporter.id });
    const article = await createArticle(db, { createdById: reporter.id });
    await signIn(page, reporter.email, FACTORY_PASSWORD);
    await page.goto(`/newsroom/articles/${article.id}`);
    await page.getByLabel("Slug").fill(other.slug);
    await expect(page.getByRole("alert").filter({ hasText: "slug" })).toHaveText(
      "Another article already uses that slug; choose another one. Nothing was saved.",
      { timeout: 10_000 },
    );

    await page.context().addCookies([{ name: "galley-locale", value: "zh-Hant", url: e2eBaseUrl }]);
    await page.reload();
    await page.getByLabel("網址別名").fill(other.slug);
    await expect(page.getByRole("alert").filter({ hasText: "網址別名" })).toHaveText(
      "已有其他稿件使用這個網址別名，請另選一個。本次未儲存。",
      { timeout: 10_000 },
    );
    expect((await db.article.findUniqueOrThrow({ where: { id: article.id } })).slug).toBe(
      article.slug,
    );
  });
});

test.describe("[EDITOR] unsent changes", () => {
  test("changes that never reached the server are kept on the device and come back when the article is reopened", async ({
    page,
    context,
  }) => {
    const reporter = await createUser(db);
    const article = await createArticle(db, { createdById: reporter.id });
    await signIn(page, reporter.email, FACTORY_PASSWORD);
    await page.goto(`/newsroom/articles/${article.id}`);
    await expect(status(page)).toHaveText("Saved", { timeout: 15_000 });
    await body(page).click();
    await context.setOffline(true);
    await page.keyboard.press("ControlOrMeta+End");
    await page.keyboard.type("關機前沒送出的句子。");
    await page.getByLabel("Dek").fill("離線時改的導語");
    await expect(status(page)).toHaveText("Offline – changes kept on this device", {
      timeout: 10_000,
    });
    await page.close(); // the tab is gone before the network returns
    const stored = () => db.article.findUniqueOrThrow({ where: { id: article.id } });
    expect(JSON.stringify((await stored()).body)).not.toContain("關機前沒送出的句子。");

    await context.setOffline(false);
    const reopened = await context.newPage();
    await reopened.goto(`/newsroom/articles/${article.id}`);
    // The body's unsent typing is in the device's copy of the document: merged by itself.
    await expect(body(reopened)).toContainText("關機前沒送出的句子。");
    await expect
      .poll(async () => JSON.stringify((await stored()).body), { timeout: 15_000 })
      .toContain("關機前沒送出的句子。");
    // The fields' unsent changes are offered.
    const banner = reopened.getByRole("region", { name: "Unsent changes" });
    await expect(banner).toBeVisible();
    expect((await stored()).dek).toBeNull();
    await banner.getByRole("button", { name: "Restore unsent changes" }).click();
    await expect(reopened.getByLabel("Dek")).toHaveValue("離線時改的導語");
    await expect(status(reopened)).toHaveText("Saved", { timeout: 10_000 });
    expect((await stored()).dek).toBe("離線時改的導語");
  });
});
