import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { createDbClient, type PrismaClient } from "../../lib/db-client";
import { findFreePort } from "../../lib/runtime/port";
import { startApp, waitForApp, type AppProcess } from "../../lib/testing/app-process";
import { createTestDatabase, type TestDatabase } from "../../lib/testing/test-database";
import { signIn } from "../fixtures/auth";
import { addAccount, createSection, newsroomPage, openFromNav } from "../fixtures/newsroom-steps";

const ADMIN = { name: "周敏", email: "zhou.min@example.test", password: "a-long-first-password" };

/**
 * The first admin on a database of one's own (issue 15). The shared e2e app runs the demo,
 * which has an admin: /setup is simply not there. The first run gets its own app on an
 * empty database, as a newcomer with DATABASE_URL would start it.
 */
test.describe("[AUTH] /setup once an admin exists", () => {
  test("is a 404 with and without a token", async ({ page }) => {
    for (const address of ["/setup", "/setup?token=bm90LXRoZS10b2tlbg", "/setup?token="]) {
      const response = await page.goto(address);
      expect(response?.status(), address).toBe(404);
      await expect(page.getByRole("button", { name: "Create admin account" })).toHaveCount(0);
    }
  });
});

/**
 * The newcomer, step by step on one app: each test goes on from where the one
 * before it left the newsroom.
 */
test.describe("[AUTH] first run on an empty database", () => {
  test.describe.configure({ mode: "serial", timeout: 240_000 });
  let database: TestDatabase;
  let db: PrismaClient;
  let dataDir: string;
  let app: AppProcess | undefined;
  let origin: string;

  test.beforeAll(async () => {
    database = await createTestDatabase(process.env.E2E_TEST_SERVER_URL!);
    db = createDbClient(database.url);
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "galley-first-run-"));
    const port = await findFreePort();
    origin = `http://127.0.0.1:${port}`;
    app = startApp({
      DATABASE_URL: database.url,
      GALLEY_DATA_DIR: dataDir,
      GALLEY_PUBLIC_URL: origin,
      PORT: String(port),
      HOST: "127.0.0.1",
      NEXTAUTH_SECRET: "first-run-secret-that-is-long-enough-0123",
    });
    await waitForApp(app, `${origin}/api/health`);
  });
  test.afterAll(async () => {
    await app?.stop();
    await db?.$disconnect();
    await database?.drop();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  });

  test("the token from the log creates one admin, who is signed in; a second submit is refused", async ({
    page,
    browser,
  }) => {
    const line = /No admin account yet: open (\S+) to create the first one/.exec(app!.output());
    expect(line, app!.output()).not.toBeNull();
    const link = new URL(line![1]!);
    const token = link.searchParams.get("token")!;
    const file = path.join(dataDir, "setup-token");
    expect(fs.readFileSync(file, "utf8").trim()).toBe(token);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);

    expect((await page.goto(`${origin}/setup`))?.status()).toBe(404);
    expect((await page.goto(`${origin}/setup?token=${token}x`))?.status()).toBe(404);

    const response = await page.goto(link.toString());
    expect(response?.status()).toBe(200);
    expect(response?.headers()["referrer-policy"]).toBe("no-referrer");
    // A second person opens the same link before the first submits.
    const other = await browser.newContext({ extraHTTPHeaders: { "Accept-Language": "en" } });
    const otherPage = await other.newPage();
    await otherPage.goto(link.toString());

    // Bad input: the sentence beside the field, the name kept, nothing written.
    await page.getByLabel("Name").fill(ADMIN.name);
    await page.getByLabel("Email").fill(ADMIN.email);
    await page.getByLabel("Password").fill("short");
    await page.getByRole("button", { name: "Create admin account" }).click();
    await expect(page.getByText("Use at least 10 characters.", { exact: true })).toBeVisible();
    await expect(page.getByLabel("Name")).toHaveValue(ADMIN.name);
    expect(await db.user.count()).toBe(0);

    await page.getByLabel("Password").fill(ADMIN.password);
    await page.getByRole("button", { name: "Create admin account" }).click();
    await expect(page).toHaveURL(`${origin}/newsroom`);
    await expect(
      page
        .getByRole("navigation", { name: "Newsroom navigation" })
        .getByRole("link", { name: "Users" }),
    ).toBeVisible();

    await otherPage.getByLabel("Name").fill("Second");
    await otherPage.getByLabel("Email").fill("second@example.test");
    await otherPage.getByLabel("Password").fill("another-long-password");
    await otherPage.getByRole("button", { name: "Create admin account" }).click();
    await expect(otherPage.getByRole("status")).toHaveText(
      "An admin account already exists; sign in instead.",
    );
    await other.close();

    const users = await db.user.findMany({ select: { email: true, role: true } });
    expect(users).toEqual([{ email: ADMIN.email, role: "ADMIN" }]);
    expect(fs.existsSync(file)).toBe(false);
    expect((await page.goto(link.toString()))?.status()).toBe(404);
    // The token is printed once, at start, and never in a request's log line.
    expect(app!.output().split(token).length - 1).toBe(1);
  });

  // Here, and not on the shared demo (which has two admins), the admin really is the last one.
  test("the only admin can neither give up the role nor be deactivated; the select keeps the stored role", async ({
    browser,
  }) => {
    const admin = await newsroomPage(browser, origin);
    await signIn(admin, ADMIN.email, ADMIN.password);
    await openFromNav(admin, "Users");
    const row = admin.getByRole("row").filter({ hasText: ADMIN.email });
    const select = row.getByLabel(`Role for ${ADMIN.name}`);
    await select.selectOption("REPORTER");
    await row.getByRole("button", { name: "Change role" }).click();
    await expect(row.getByRole("status")).toHaveText(/at least one active admin/);
    await expect(select).toHaveValue("ADMIN");
    await row.getByRole("button", { name: "Deactivate" }).click();
    await expect(row.getByRole("status")).toHaveText(/at least one active admin/);
    expect(await db.user.findMany({ select: { role: true, isActive: true } })).toEqual([
      { role: "ADMIN", isActive: true },
    ]);
  });

  test("the admin names the publication and opens the desks 要聞 and 體育; readers see both", async ({
    browser,
  }) => {
    const admin = await newsroomPage(browser, origin);
    await signIn(admin, ADMIN.email, ADMIN.password);
    await openFromNav(admin, "Settings");
    await admin.getByLabel("Publication name (Traditional)").fill("魯北晚報");
    await admin.getByLabel("Publication name (Simplified)").fill("鲁北晚报");
    await admin.getByLabel("Publication name (English)").fill("Lubei Evening News");
    await admin.getByLabel("Tagline (English)").fill("The news of northern Shandong");
    await admin.getByRole("button", { name: "Save settings" }).click();
    await expect(admin.getByRole("status")).toContainText("Settings saved.");

    await openFromNav(admin, "Sections");
    await createSection(admin, "要聞", "News");
    await createSection(admin, "體育", "Sports");

    for (const [language, masthead, sections] of [
      ["en", "Lubei Evening News", ["News", "Sports"]],
      ["zh-TW", "魯北晚報", ["要聞", "體育"]],
    ] as const) {
      const context = await browser.newContext({
        baseURL: origin,
        locale: language,
        extraHTTPHeaders: { "Accept-Language": language },
      });
      const reader = await context.newPage();
      await reader.goto("/");
      await expect(reader.locator("[data-masthead]")).toHaveText(masthead);
      const navigation = reader.getByRole("navigation", {
        name: language === "en" ? "Main navigation" : "主導覽",
      });
      for (const name of sections)
        await expect(navigation.getByRole("link", { name, exact: true })).toBeVisible();
      await expect(reader.locator("body")).not.toContainText("Galley");
      await context.close();
    }
  });

  test("a reporter tags a story with a new tag, an editor publishes it and leads the front with it; readers see it", async ({
    browser,
  }) => {
    const admin = await newsroomPage(browser, origin);
    await signIn(admin, ADMIN.email, ADMIN.password);
    const reporter = await addAccount(admin, browser, {
      name: "孫曉",
      email: "sun.xiao@example.test",
      role: "REPORTER",
      password: "reporter-password-123",
    });
    const editor = await addAccount(admin, browser, {
      name: "李榕",
      email: "li.rong@example.test",
      role: "EDITOR",
      password: "editor-password-1234",
    });

    // 孫曉 writes for 要聞 and makes the tag 復工 from the editor.
    const headline = "德州重點項目全面復工";
    await reporter.getByRole("button", { name: "New story" }).click();
    await reporter.getByLabel("Headline").fill(headline);
    await reporter.getByRole("textbox", { name: "Body" }).click();
    await reporter.keyboard.type("全市一百二十個重點項目已全部復工。");
    await reporter.getByLabel("Section", { exact: true }).selectOption({ label: "要聞 · News" });
    const tags = reporter.getByRole("combobox", { name: "Tags" });
    await tags.fill("復工");
    await reporter.getByRole("option", { name: "Create tag 復工" }).click();
    await expect(reporter.getByRole("button", { name: "Remove tag 復工" })).toBeVisible();
    await expect(reporter.locator("[data-save-status]")).toHaveText("Saved", { timeout: 10_000 });
    await reporter.getByRole("button", { name: "Submit for review" }).click();
    await expect(reporter.getByTestId("workflow-status")).toHaveText("State: In review");
    const story = await db.article.findFirstOrThrow({
      where: { headline },
      include: { tags: { include: { tag: true } }, section: true },
    });
    expect(story.tags.map((link) => link.tag.name)).toEqual(["復工"]);
    expect(story.section?.name).toBe("要聞");

    // 李榕 approves and publishes it, then leads the front with it.
    await editor.goto(`/newsroom/articles/${story.id}`);
    await editor.getByRole("button", { name: "Approve" }).click();
    await expect(editor.getByTestId("workflow-status")).toHaveText("State: Approved");
    await editor.getByRole("button", { name: "Publish", exact: true }).click();
    await expect(editor.getByTestId("workflow-status")).toHaveText("State: Published");
    await openFromNav(editor, "Front page");
    await editor.getByLabel("Find a story").fill("復工");
    await editor.getByRole("button", { name: "Search", exact: true }).click();
    await editor.getByRole("button", { name: `Make lead: ${headline}` }).click();
    await editor.getByRole("button", { name: "Publish front" }).click();
    await expect(editor.getByRole("status")).toContainText("Front published.");

    // An anonymous reader: the masthead, the desks, and the lead story.
    const context = await browser.newContext({
      baseURL: origin,
      locale: "zh-TW",
      extraHTTPHeaders: { "Accept-Language": "zh-TW" },
    });
    const reader = await context.newPage();
    await reader.goto("/");
    await expect(reader.locator("[data-masthead]")).toHaveText("魯北晚報");
    const navigation = reader.getByRole("navigation", { name: "主導覽" });
    await expect(navigation.getByRole("link", { name: "要聞", exact: true })).toBeVisible();
    await expect(reader.locator("[data-front-lead] h2")).toHaveText(headline);
    await reader.locator("[data-front-lead]").getByRole("link", { name: headline }).click();
    await expect(reader.getByRole("heading", { level: 1, name: headline })).toBeVisible();
    await expect(reader.getByRole("link", { name: "復工", exact: true })).toBeVisible();
    await context.close();
  });
});
