import { findFreePort } from "../../lib/runtime/port";
import { startGalleyNginx, type Nginx } from "../../lib/testing/nginx";
import { createArticle } from "../../prisma/factories";
import { DEMO } from "../fixtures/auth";
import { e2ePort } from "../fixtures/config";
import { e2eDb } from "../fixtures/db";
import { SAMPLE } from "../fixtures/sample";
import { expect, test } from "../fixtures/session";

const db = e2eDb();

/**
 * deploy/nginx.conf, as shipped, in front of the e2e app: pages and the newsroom pass
 * through, build assets are cached by nginx, and a publish is visible through it
 * within a second.
 */
test.describe("[READER] behind the shipped nginx configuration", () => {
  let nginx: Nginx | undefined;
  let base: string;

  test.beforeAll(async () => {
    const port = await findFreePort();
    nginx = await startGalleyNginx({
      file: "deploy/nginx.conf",
      port,
      upstreams: [`127.0.0.1:${e2ePort}`],
    });
    base = `http://127.0.0.1:${port}`;
    await expect
      .poll(async () => (await fetch(`${base}/api/health`).catch(() => null))?.status, {
        timeout: 10_000,
      })
      .toBe(200);
  });
  test.afterAll(async () => {
    await nginx?.stop();
    await db.$disconnect();
  });

  test("pages pass through, build assets are cached, and a publish shows within a second", async ({
    pageAs,
  }) => {
    const article = await fetch(`${base}/articles/${SAMPLE.slug}`);
    expect(article.status).toBe(200);
    const html = await article.text();
    expect(html).toContain(SAMPLE.headline);
    // Absolute links name the address readers used: nginx's, which it passes on as Host.
    expect(html).toContain(`<link rel="canonical" href="${base}/articles/${SAMPLE.slug}"/>`);
    const css = /<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/.exec(html)?.[1];
    expect(css).toMatch(/^\/_next\/static\//);
    await (await fetch(`${base}${css}`)).arrayBuffer();
    const again = await fetch(`${base}${css}`);
    expect(again.headers.get("x-cache-status")).toBe("HIT");
    expect(again.headers.get("cache-control")).toContain("immutable");

    // Signed in on the app (cookies are per host, not per port), then publish through nginx.
    const page = await pageAs("editor");
    const editor = await db.user.findUniqueOrThrow({ where: { email: DEMO.editor.email } });
    const story = await createArticle(db, { createdById: editor.id, status: "APPROVED" });
    const url = `${base}/articles/${story.slug}`;
    expect((await fetch(url)).status).toBe(404);
    // A second from the publish's acknowledgement: what nginx and the page cache may add.
    // (The publish itself is the workflow's time, measured by npm run bench:publish.)
    const published = await page.request.post(`${base}/api/v1/articles/${story.id}/transitions`, {
      data: { transition: "publish", version: story.version },
      headers: { origin: base },
    });
    expect(published.status()).toBe(200);
    const started = Date.now();
    await expect
      .poll(async () => (await fetch(url)).status, { timeout: 1_000, intervals: [50] })
      .toBe(200);
    expect(Date.now() - started).toBeLessThan(1_000);

    // Readers then get the page from the app's cache. The publish's invalidation reaches
    // the page cache over PostgreSQL NOTIFY a moment after the response, and may drop the
    // copy the first reader's request stored, so the next reader or the one after hits.
    await expect
      .poll(async () => (await fetch(url)).headers.get("x-galley-cache"), {
        timeout: 2_000,
        intervals: [50],
      })
      .toBe("hit");
    // An update replaces it through nginx within a second too.
    const headline = `${story.headline}（更新）`;
    await db.article.update({ where: { id: story.id }, data: { headline } });
    const { version } = (await published.json()) as { version: number };
    const updated = await page.request.post(`${base}/api/v1/articles/${story.id}/transitions`, {
      data: { transition: "publish-update", version },
      headers: { origin: base },
    });
    expect(updated.status()).toBe(200);
    const updateStarted = Date.now();
    await expect
      .poll(async () => (await (await fetch(url)).text()).includes(headline), {
        timeout: 1_000,
        intervals: [50],
      })
      .toBe(true);
    expect(Date.now() - updateStarted).toBeLessThan(1_000);
  });

  test("co-editing's WebSocket passes through it: typing in a story is saved", async ({
    pageAs,
  }) => {
    const page = await pageAs("editor");
    const editor = await db.user.findUniqueOrThrow({ where: { email: DEMO.editor.email } });
    const story = await createArticle(db, { createdById: editor.id });
    await page.goto(`${base}/newsroom/articles/${story.id}`);
    const body = page.getByRole("textbox", { name: "Body" });
    await expect(page.locator("[data-save-status]")).toHaveText("Saved", { timeout: 15_000 });
    await body.click();
    await page.keyboard.press("ControlOrMeta+End");
    await page.keyboard.type("經由 nginx 輸入。");
    await expect(page.locator("[data-save-status]")).toHaveText("Saved", { timeout: 15_000 });
    await expect
      .poll(
        async () =>
          JSON.stringify((await db.article.findUniqueOrThrow({ where: { id: story.id } })).body),
        { timeout: 15_000 },
      )
      .toContain("經由 nginx 輸入。");
  });
});
