/**
 * `npm run bench:coediting`: the co-editing issue's figures, on the real stack.
 *  1. A 100,000-character Chinese article in Chromium: page open to a body that takes
 *     typing, and keystroke to the next frame (the transaction, Yjs, the device copy and
 *     React's update included).
 *  2. Two browsers on one story: a character typed in one, shown in the other.
 *  3. Twenty co-editors (the editor's own provider, outside the browser) in one story:
 *     how long an update takes to reach the others, and the server's memory.
 * Prints the figures; it asserts nothing (targets: ≤ 500 ms, p95 ≤ 20 ms, ≤ 200 ms,
 * p95 ≤ 100 ms, bounded memory).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium, type Page } from "@playwright/test";
import { encode } from "next-auth/jwt";
import * as Y from "yjs";
import { BODY_FIELD } from "../lib/content/collab-doc";
import { docToPlainText } from "../lib/content/doc";
import { textToDoc } from "../lib/content/plain-text";
import { createDbClient } from "../lib/db-client";
import { isBuildStale, runBuild } from "../lib/runtime/build";
import { findFreePort } from "../lib/runtime/port";
import { appEnv, startApp, waitForApp } from "../lib/testing/app-process";
import { createTestDatabase, startTestServer } from "../lib/testing/test-database";
import { createArticle, createUser } from "../prisma/factories";
import { readSampleText, repairSampleText } from "../prisma/seed/sample-article";
import { percentile } from "./bench-figures";
import { connectCollab, openForCoEditing } from "./reliability/collab-client";
import { root } from "./with-database";

/**
 * `typeAtEnd(text)` in the page: one transaction inserting `text` at the body's end, as a
 * keystroke's (the editor's own dispatch, so everything a keystroke costs is included).
 */
const IN_PAGE_TYPING = `window.typeAtEnd = (text) => {
  const editor = document.querySelector(".ProseMirror").editor;
  editor.commands.focus("end");
  editor.view.dispatch(editor.state.tr.insertText(text));
};`;
declare function typeAtEnd(text: string): void;

const SECRET = "bench-secret-that-is-long-enough-0123456789";
const CO_EDITORS = 20;
const CO_EDITING_SECONDS = 20;
const ms = (value: number) => `${value.toFixed(1)} ms`;

/** The sample's paragraphs (annotations removed), repeated to `characters`. */
function longBody(characters: number) {
  const lines = textToDoc(repairSampleText(readSampleText()), { annotations: "remove" }).doc
    .content;
  const content: typeof lines = [];
  for (let i = 0; docToPlainText({ type: "doc", content }).length < characters; i++)
    content.push(lines[i % lines.length]!);
  return { type: "doc" as const, content };
}

function residentMb(pid: number | undefined): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
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
  const browser = await chromium.launch({
    ...(fs.existsSync(process.env.CHROMIUM_PATH ?? "/usr/bin/chromium")
      ? { executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium" }
      : {}),
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
  });
  try {
    await waitForApp(app, `${base}/api/health`);
    const people = await Promise.all(
      Array.from({ length: CO_EDITORS }, () => createUser(db, { role: "EDITOR" })),
    );
    const cookies = await Promise.all(
      people.map(
        async (person) =>
          `galley.session=${await encode({ token: { sub: person.id, sv: 1 }, secret: SECRET })}`,
      ),
    );
    const pageFor = async (cookie: string): Promise<Page> => {
      const context = await browser.newContext();
      const [name, value] = cookie.split(/=(.*)/s) as [string, string];
      await context.addCookies([{ name, value, url: base, httpOnly: true }]);
      await context.addInitScript(IN_PAGE_TYPING);
      return context.newPage();
    };

    // 1. The long article.
    const long = await createArticle(db, { createdById: people[0]!.id });
    const body = longBody(100_000);
    const characters = docToPlainText(body).length;
    await db.article.update({ where: { id: long.id }, data: { body } });
    const opens: number[] = [];
    const page = await pageFor(cookies[0]!);
    for (let i = 0; i < 4; i++) {
      const t0 = performance.now();
      await page.goto(`${base}/newsroom/articles/${long.id}`, { waitUntil: "commit" });
      await page.waitForFunction(
        (least) => {
          const editor = document.querySelector(".ProseMirror");
          return (
            editor?.getAttribute("contenteditable") === "true" &&
            (editor.textContent?.length ?? 0) >= least
          );
        },
        characters * 0.9,
        { polling: "raf", timeout: 60_000 },
      );
      if (i > 0) opens.push(performance.now() - t0); // the first open also seeds the document
    }
    await page.locator("[data-save-status]").getByText("Saved").waitFor({ timeout: 30_000 });
    const typeFrames = () =>
      page.evaluate(async () => {
        const frame: number[] = [];
        for (let i = 0; i < 200; i++) {
          const t0 = performance.now();
          typeAtEnd("字");
          await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
          frame.push(performance.now() - t0);
        }
        return frame;
      });
    const frames = await typeFrames();
    // The same keys as suggestions ("Suggest changes" on): each becomes a marked insertion.
    await page.evaluate(() => {
      const editor = (
        document.querySelector(".ProseMirror") as unknown as {
          editor: { commands: { setSuggestMode(on: boolean): void } };
        }
      ).editor;
      editor.commands.setSuggestMode(true);
    });
    const suggestFrames = await typeFrames();
    await page.context().close();

    // 2. Two browsers, one paragraph.
    const shared = await createArticle(db, { createdById: people[0]!.id });
    const [a, b] = [await pageFor(cookies[0]!), await pageFor(cookies[1]!)];
    for (const p of [a, b]) {
      await p.goto(`${base}/newsroom/articles/${shared.id}`);
      await p.locator('.ProseMirror[contenteditable="true"]').waitFor({ timeout: 30_000 });
      await p.locator("[data-save-status]").getByText("Saved").waitFor({ timeout: 30_000 });
    }
    await b.evaluate(() => {
      const seen: Record<string, number> = {};
      (window as unknown as { seen: Record<string, number> }).seen = seen;
      new MutationObserver(() => {
        const text = document.querySelector(".ProseMirror")?.textContent ?? "";
        for (const match of text.matchAll(/〔(\d+)〕/g))
          seen[match[1]!] ??= performance.timeOrigin + performance.now();
      }).observe(document.querySelector(".ProseMirror")!, {
        subtree: true,
        childList: true,
        characterData: true,
      });
    });
    const converge: number[] = [];
    for (let i = 0; i < 30; i++) {
      const sent = await a.evaluate((n) => {
        const t = performance.timeOrigin + performance.now();
        typeAtEnd(`〔${n}〕`);
        return t;
      }, i);
      await b.waitForFunction(
        (n) => (window as unknown as { seen: Record<string, number> }).seen[String(n)],
        i,
        { polling: 5, timeout: 10_000 },
      );
      const seenAt = await b.evaluate(
        (n) => (window as unknown as { seen: Record<string, number> }).seen[String(n)]!,
        i,
      );
      converge.push(seenAt - sent);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await a.context().close();
    await b.context().close();

    // 3. Twenty co-editors in one story.
    const crowded = await createArticle(db, { createdById: people[0]!.id });
    const lineage = await openForCoEditing(db, base, crowded.id, cookies[0]!);
    const rssBefore = residentMb(app.child.pid);
    const clients = cookies.map((cookie) =>
      connectCollab({ base, articleId: crowded.id, cookie, lineage }),
    );
    await Promise.all(clients.map((client) => client.whenSynced(20_000)));
    const sentAt = new Map<string, number>();
    const reach: number[] = [];
    clients.forEach((client, index) => {
      const paragraph = client.ydoc.getXmlFragment(BODY_FIELD).get(0) as Y.XmlElement;
      (paragraph.get(0) as Y.XmlText).observe((event) => {
        if (event.transaction.local) return;
        const now = performance.now();
        for (const change of event.delta)
          if (typeof change.insert === "string")
            for (const match of change.insert.matchAll(/〔(\d+)-(\d+)〕/g))
              if (Number(match[1]) !== index) reach.push(now - sentAt.get(match[0])!);
      });
    });
    const end = Date.now() + CO_EDITING_SECONDS * 1000;
    let typed = 0;
    await Promise.all(
      clients.map(async (client, index) => {
        for (let n = 0; Date.now() < end; n++) {
          const token = `〔${index}-${n}〕`;
          sentAt.set(token, performance.now());
          client.type(token);
          typed++;
          await new Promise((resolve) => setTimeout(resolve, 150 + Math.random() * 200));
        }
      }),
    );
    await Promise.all(clients.map((client) => client.whenSynced(20_000)));
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const rssDuring = residentMb(app.child.pid);
    clients.forEach((client) => client.destroy());
    await new Promise((resolve) => setTimeout(resolve, 5_000));
    const rssAfter = residentMb(app.child.pid);
    const converged = new Set(clients.map((client) => client.text())).size === 1;

    console.log(`\nGalley co-editing benchmark (${os.cpus().length} cores, Chromium)`);
    console.log(
      `  open ${characters.toLocaleString()}-character story to editable  median ${ms(percentile(opens, 50))}  worst ${ms(Math.max(...opens))}  (${opens.length} opens)`,
    );
    console.log(
      `  keystroke to next frame               p50 ${ms(percentile(frames, 50))}  p95 ${ms(percentile(frames, 95))}  (200 keys at the end of that story)`,
    );
    console.log(
      `  keystroke to next frame, suggesting   p50 ${ms(percentile(suggestFrames, 50))}  p95 ${ms(percentile(suggestFrames, 95))}  (the same, with "Suggest changes" on)`,
    );
    console.log(
      `  two browsers, typed → shown           p50 ${ms(percentile(converge, 50))}  p95 ${ms(percentile(converge, 95))}  max ${ms(Math.max(...converge))}`,
    );
    console.log(
      `  ${CO_EDITORS} co-editors, update → others      p50 ${ms(percentile(reach, 50))}  p95 ${ms(percentile(reach, 95))}  (${typed} changes, ${reach.length} deliveries, ${converged ? "converged" : "DIVERGED"})`,
    );
    console.log(
      `  server memory (RSS)                   ${rssBefore.toFixed(0)} MB before, ${rssDuring.toFixed(0)} MB with ${CO_EDITORS} co-editors, ${rssAfter.toFixed(0)} MB after they left`,
    );
  } finally {
    await browser.close();
    await app.stop();
    await db.$disconnect();
    await database.drop();
    await server.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
