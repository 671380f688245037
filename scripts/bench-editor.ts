/**
 * `npm run bench:editor`: the editor issue's figures, measured on the real stack.
 *  1. Server-side autosave: 20 concurrent savers on 20 different 20,000-character Chinese
 *     articles, each saving in turn (PUT /api/v1/articles/:id) — p50/p95/p99 latency.
 *  2. JavaScript the editor route ships (gzipped), as Chromium downloads it.
 *  3. Keystroke cost on the 20,000-character article in Chromium: the transaction itself,
 *     and keystroke-to-next-frame (the React update included).
 * Prints the figures; it asserts nothing (targets: p95 ≤ 30 ms, ≤ 300 KB, < 16 ms).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { chromium } from "@playwright/test";
import { encode } from "next-auth/jwt";
import { createDbClient } from "../lib/db-client";
import { docToPlainText } from "../lib/content/doc";
import { textToDoc } from "../lib/content/plain-text";
import { emptyArticleFields } from "../lib/schemas/article-fields";
import { findFreePort } from "../lib/runtime/port";
import { appEnv, startApp, waitForApp } from "../lib/testing/app-process";
import { createTestDatabase, startTestServer } from "../lib/testing/test-database";
import { createArticle, createUser } from "../prisma/factories";
import { readSampleText, repairSampleText } from "../prisma/seed/sample-article";
import { isBuildStale, runBuild } from "../lib/runtime/build";
import { root } from "./with-database";
import { percentile } from "./bench-figures";

const SAVERS = 20;
const SAVES_EACH = 20;
const PACED_SECONDS = 20;
const SECRET = "bench-secret-that-is-long-enough-0123456789";

const ms = (value: number) => `${value.toFixed(1)} ms`;

/** A realistic 20,000-character article: the sample's paragraphs (annotations removed), repeated. */
function longBody() {
  const lines = textToDoc(repairSampleText(readSampleText()), { annotations: "remove" }).doc
    .content;
  const content: typeof lines = [];
  for (let i = 0; docToPlainText({ type: "doc", content }).length < 20_000; i++)
    content.push(lines[i % lines.length]!);
  return { type: "doc" as const, content };
}

async function main() {
  if (isBuildStale(root)) await runBuild(root);
  const server = await startTestServer();
  const database = await createTestDatabase(server.serverUrl);
  const db = createDbClient(database.url);
  const port = await findFreePort();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "galley-bench-"));
  const app = startApp(appEnv({ databaseUrl: database.url, port, secret: SECRET, dataDir }));
  const base = `http://127.0.0.1:${port}`;
  try {
    await waitForApp(app, `${base}/api/health`);
    const body = longBody();
    const characters = docToPlainText(body).length;
    const savers = await Promise.all(
      Array.from({ length: SAVERS }, async () => {
        const user = await createUser(db);
        const article = await createArticle(db, { createdById: user.id });
        await db.article.update({ where: { id: article.id }, data: { body } });
        const token = await encode({ token: { sub: user.id, sv: 1 }, secret: SECRET });
        return { user, article, cookie: `galley.session=${token}`, version: article.version };
      }),
    );
    const fields = (slug: string, i: number) =>
      emptyArticleFields({
        headline: `基準測試稿件 ${i}`,
        slug,
        datelinePlace: "德州",
        datelineDate: "2020-02-12",
        body: { ...body, content: [...body.content.slice(1), body.content[0]] },
      });

    let failures = 0;
    const save = async (saver: (typeof savers)[number], i: number): Promise<number> => {
      const payload = JSON.stringify({
        baseVersion: saver.version,
        kind: "AUTOSAVE",
        fields: fields(saver.article.slug, i),
      });
      const t0 = performance.now();
      const response = await fetch(`${base}/api/v1/articles/${saver.article.id}`, {
        method: "PUT",
        headers: { "content-type": "application/json", cookie: saver.cookie, origin: base },
        body: payload,
      });
      const result = (await response.json()) as { version?: number };
      if (!response.ok || !result.version) failures++;
      else saver.version = result.version;
      return performance.now() - t0;
    };
    for (const saver of savers) await save(saver, 0); // warm-up

    // 1a. Paced, as in a newsroom: each of the 20 savers autosaves about once a second.
    const paced: number[] = [];
    await Promise.all(
      savers.map(async (saver) => {
        await new Promise((resolve) => setTimeout(resolve, Math.random() * 1000));
        const end = Date.now() + PACED_SECONDS * 1000;
        for (let i = 1; Date.now() < end; i++) {
          const tick = Date.now();
          paced.push(await save(saver, i));
          await new Promise((resolve) =>
            setTimeout(resolve, Math.max(0, 1000 - (Date.now() - tick))),
          );
        }
      }),
    );
    // 1b. Flat out: the 20 savers save back to back (the server's ceiling).
    const latencies: number[] = [];
    const started = Date.now();
    await Promise.all(
      savers.map(async (saver) => {
        for (let i = 0; i < SAVES_EACH; i++) latencies.push(await save(saver, i));
      }),
    );
    const seconds = (Date.now() - started) / 1000;

    // 2 and 3. The editor page in Chromium.
    const warm = savers[0]!;
    const browser = await chromium.launch({
      ...(fs.existsSync(process.env.CHROMIUM_PATH ?? "/usr/bin/chromium")
        ? { executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium" }
        : {}),
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
      ],
    });
    const context = await browser.newContext();
    const [name, value] = warm.cookie.split(/=(.*)/s) as [string, string];
    await context.addCookies([{ name, value, url: base, httpOnly: true }]);
    const page = await context.newPage();
    const scripts = new Map<string, number>();
    page.on("response", async (response) => {
      if (response.request().resourceType() !== "script") return;
      const buffer = await response.body().catch(() => null);
      if (buffer) scripts.set(response.url(), zlib.gzipSync(buffer, { level: 9 }).length);
    });
    await page.goto(`${base}/newsroom/articles/${warm.article.id}`, { waitUntil: "networkidle" });
    await page.locator(".ProseMirror").waitFor();
    const jsBytes = [...scripts.values()].reduce((sum, size) => sum + size, 0);

    const keystrokes = await page.evaluate(async () => {
      type Ed = {
        state: { tr: { insertText(t: string): unknown } };
        view: { dispatch(tr: unknown): void };
        commands: { focus(p: string): void };
      };
      const editor = (document.querySelector(".ProseMirror") as unknown as { editor: Ed }).editor;
      editor.commands.focus("end");
      const transaction: number[] = [];
      const frame: number[] = [];
      for (let i = 0; i < 100; i++) {
        const t0 = performance.now();
        editor.view.dispatch(editor.state.tr.insertText("字"));
        transaction.push(performance.now() - t0);
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
        frame.push(performance.now() - t0);
      }
      return { transaction, frame };
    });
    await browser.close();

    console.log(
      `\nGalley editor benchmark (${os.cpus().length} cores, ${SAVERS} concurrent savers on different articles, ${characters.toLocaleString()}-character Chinese body)`,
    );
    console.log(
      `  autosave, ~1/s each    p50 ${ms(percentile(paced, 50))}  p95 ${ms(percentile(paced, 95))}  p99 ${ms(percentile(paced, 99))}  (${paced.length} saves in ${PACED_SECONDS} s)`,
    );
    console.log(
      `  autosave, flat out     p50 ${ms(percentile(latencies, 50))}  p95 ${ms(percentile(latencies, 95))}  p99 ${ms(percentile(latencies, 99))}  (${latencies.length} saves, ${(latencies.length / seconds).toFixed(0)} saves/s)`,
    );
    console.log(`  failed saves           ${failures}`);
    console.log(
      `  editor route JS        ${(jsBytes / 1024).toFixed(1)} KiB gzipped in ${scripts.size} scripts`,
    );
    console.log(
      `  keystroke transaction  p50 ${ms(percentile(keystrokes.transaction, 50))}  p95 ${ms(percentile(keystrokes.transaction, 95))}`,
    );
    console.log(
      `  keystroke to frame     p50 ${ms(percentile(keystrokes.frame, 50))}  p95 ${ms(percentile(keystrokes.frame, 95))}`,
    );
  } finally {
    await app.stop();
    await db.$disconnect();
    await database.drop();
    await server.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
