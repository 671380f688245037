import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { createDbClient } from "../../lib/db-client";
import { findFreePort } from "../../lib/runtime/port";
import { appEnv, startApp, waitForApp, type AppProcess } from "../../lib/testing/app-process";
import { createTestDatabase, type TestDatabase } from "../../lib/testing/test-database";
import { instantToWallTime } from "../../lib/time-zone";
import { createArticle, createUser, FACTORY_PASSWORD } from "../../prisma/factories";

const SECRET = "e2e-schedule-secret-that-is-long-enough-0123";

/**
 * A schedule survives the app being down at its time: 李榕 schedules an article, the app
 * stops, the time passes, and two instances start together on the same database. The
 * article is published on that start, exactly once.
 */
test.describe("[WORKFLOW] scheduled publishing across a restart and two instances", () => {
  test.describe.configure({ timeout: 240_000 });
  let database: TestDatabase;
  let dataDir: string;
  const apps: AppProcess[] = [];

  test.beforeAll(async () => {
    const serverUrl = new URL(process.env.E2E_DATABASE_URL!);
    serverUrl.pathname = "/postgres";
    database = await createTestDatabase(serverUrl.toString());
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "galley-schedule-"));
  });
  test.afterAll(async () => {
    await Promise.all(apps.map((app) => app.stop()));
    await database?.drop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  async function start() {
    const port = await findFreePort();
    const app = startApp(appEnv({ databaseUrl: database.url, port, secret: SECRET, dataDir }));
    apps.push(app);
    const base = `http://127.0.0.1:${port}`;
    await waitForApp(app, `${base}/api/health`);
    return { app, base };
  }

  test("published once, on the next start, by one of two instances, which share cache invalidation", async ({
    browser,
  }) => {
    const db = createDbClient(database.url);
    try {
      const editor = await createUser(db, { role: "EDITOR" });
      const article = await createArticle(db, { createdById: editor.id, status: "APPROVED" });
      const first = await start();

      const page = await (await browser.newContext({ baseURL: first.base })).newPage();
      await page.goto("/login");
      await page.getByLabel("Email").fill(editor.email);
      await page.getByLabel("Password").fill(FACTORY_PASSWORD);
      await page.getByRole("button", { name: "Sign in" }).click();
      await expect(page).toHaveURL(/\/newsroom$/);
      await page.goto(`/newsroom/articles/${article.id}`);
      const at = new Date(Date.now() + 12_000);
      await page
        .getByLabel("Publish at")
        .fill(instantToWallTime(at, "Asia/Shanghai", { seconds: true }));
      await page.getByRole("button", { name: "Schedule", exact: true }).click();
      await expect(page.getByTestId("workflow-status")).toHaveText("State: Scheduled");
      await page.context().close();

      // The app is down when the time comes.
      expect(await first.app.stop("SIGTERM")).toBe(0);
      await new Promise((resolve) =>
        setTimeout(resolve, Math.max(0, at.getTime() + 2_000 - Date.now())),
      );
      expect((await db.article.findUniqueOrThrow({ where: { id: article.id } })).status).toBe(
        "SCHEDULED",
      );

      // Two instances start together; the overdue job runs on one of them, once.
      const [a, b] = await Promise.all([start(), start()]);
      const ready = Date.now();
      await expect
        .poll(
          async () => (await db.article.findUniqueOrThrow({ where: { id: article.id } })).status,
          { timeout: 15_000, intervals: [250] },
        )
        .toBe("PUBLISHED");
      const events = await db.workflowEvent.findMany({
        where: { articleId: article.id, toStatus: "PUBLISHED" },
      });
      expect(events).toHaveLength(1);
      expect(
        events[0]!.createdAt.getTime() - ready,
        "published within 5 s of the start",
      ).toBeLessThan(5_000);
      expect(await db.publishedVersion.count({ where: { articleId: article.id } })).toBe(1);
      for (const instance of [a, b]) {
        const response = await fetch(
          `${instance.base}/articles/${encodeURIComponent(article.slug)}`,
        );
        expect(response.status).toBe(200);
      }

      // Both instances list it (and now hold the front page in their caches).
      const headline = article.headline;
      for (const instance of [a, b]) {
        expect(await (await fetch(`${instance.base}/`)).text()).toContain(headline);
      }

      // Unpublished on one instance: the other's readers stop seeing it within a second.
      const onA = await (await browser.newContext({ baseURL: a.base })).newPage();
      await onA.goto("/login");
      await onA.getByLabel("Email").fill(editor.email);
      await onA.getByLabel("Password").fill(FACTORY_PASSWORD);
      await onA.getByRole("button", { name: "Sign in" }).click();
      await expect(onA).toHaveURL(/\/newsroom$/);
      await onA.goto(`/newsroom/articles/${article.id}`);
      await onA.getByRole("button", { name: "Unpublish" }).click();
      await onA.getByRole("button", { name: "Confirm" }).click();
      // The panel reloads the page once the step is done; two instances and a browser
      // share two cores here, so the reload gets the suite's longer wait.
      await expect(onA.getByTestId("workflow-status")).toHaveText("State: Unpublished", {
        timeout: 15_000,
      });
      // The promise is the shared invalidation: a reader request that reaches the other
      // instance within a second gets the front page without the story, however long that
      // page then takes to render (a poll cut off at 1 s failed on a cold render under load).
      const acknowledged = Date.now();
      let dropped = false;
      while (!dropped && Date.now() - acknowledged < 1_000) {
        dropped = !(await (await fetch(`${b.base}/`)).text()).includes(headline);
        if (!dropped) await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(dropped, "the other instance dropped the story within a second").toBe(true);
      expect((await fetch(`${b.base}/articles/${encodeURIComponent(article.slug)}`)).status).toBe(
        410,
      );
    } finally {
      await db.$disconnect();
    }
  });
});
