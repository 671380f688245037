import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { findFreePort } from "../../lib/runtime/port";
import { startApp, waitForApp, type AppProcess } from "../../lib/testing/app-process";
import { SAMPLE } from "../fixtures/sample";

/**
 * `npm start` with nothing configured: the embedded PostgreSQL is created, migrated and
 * seeded on the first start; a second start on the same data folder reuses it, seeds
 * nothing twice, and serves the same newsroom. Ctrl-C (SIGTERM here) stops both cleanly.
 */
test.describe("[FOUNDATION] npm start on the embedded database", () => {
  test.describe.configure({ timeout: 240_000 });
  let dataDir: string;
  let app: AppProcess | undefined;

  test.beforeAll(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "galley-restart-"));
  });
  test.afterAll(async () => {
    await app?.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  async function start() {
    const [port, dbPort] = [await findFreePort(), await findFreePort()];
    app = startApp({
      PORT: String(port),
      HOST: "127.0.0.1",
      GALLEY_DB_PORT: String(dbPort),
      GALLEY_DATA_DIR: dataDir,
    });
    await waitForApp(app, `http://127.0.0.1:${port}/api/health`);
    return `http://127.0.0.1:${port}`;
  }

  async function stop() {
    expect(await app!.stop("SIGTERM")).toBe(0);
    const pid = path.join(dataDir, "postgres", "postmaster.pid");
    expect(fs.existsSync(pid), "the embedded PostgreSQL stopped with the app").toBe(false);
  }

  test("a second start reuses the data and seeds nothing twice", async ({ page }) => {
    const first = await start();
    expect(app!.output()).toContain("wang.he@example.com");
    await page.goto(`${first}/`);
    await expect(
      page
        .getByRole("region", { name: "Top stories" })
        .getByRole("link", { name: SAMPLE.headline }),
    ).toHaveCount(1);
    await stop();
    const secretAfterFirst = fs.readFileSync(path.join(dataDir, "nextauth-secret"), "utf8");

    const second = await start();
    await page.goto(`${second}/`);
    await expect(
      page
        .getByRole("region", { name: "Top stories" })
        .getByRole("link", { name: SAMPLE.headline }),
    ).toHaveCount(1);
    await page.goto(`${second}/articles/${SAMPLE.slug}`);
    await expect(page.locator(".article-body > p")).toHaveCount(SAMPLE.paragraphs);
    expect(fs.readFileSync(path.join(dataDir, "nextauth-secret"), "utf8")).toBe(secretAfterFirst);
    await stop();
  });
});
