import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { encode } from "next-auth/jwt";
import { createDbClient } from "../../lib/db-client";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "../../lib/runtime/embedded-postgres";
import { findFreePort } from "../../lib/runtime/port";
import { startApp, waitForApp } from "../../lib/testing/app-process";
import { createTestDatabase } from "../../lib/testing/test-database";
import { createArticle, createUser } from "../../prisma/factories";
import { connectCollab, openForCoEditing } from "./collab-client";
import { fieldsFor, SECRET, type CaseResult } from "./harness";
import { storedText } from "./coediting-crash";
import { fresh } from "./workers";

const SAMPLE = "/articles/shi-xinguan-feiyan-yiqing-fangkong-gongzuo-lingdao-xiaozu-zhaokai-huiyi";
type Phase = "before" | "outage" | "after";

/** Asks for `url` on fresh connections until ten in a row are cache hits. */
async function cachedEverywhere(url: string) {
  for (let tries = 0, hits = 0; hits < 10; tries++) {
    if (tries === 200) throw new Error(`${url} was not cached by every worker`);
    const answer = await fresh(url);
    const cache = "headers" in answer ? answer.headers["x-galley-cache"] : undefined;
    hits = cache === "hit" ? hits + 1 : 0;
  }
}

/**
 * 3. Database outage: PostgreSQL (an embedded server this case controls) is stopped for
 * `seconds` under reader and editor load, then started. Cached reader pages never fail;
 * newsroom saves answer only 503 during the outage, never 500; nothing acknowledged is
 * lost; saves succeed again without restarting the app.
 */
export async function databaseOutage(seconds = 10): Promise<CaseResult> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "galley-outage-"));
  const pgPort = await findFreePort();
  let server: EmbeddedPostgres = await startEmbeddedPostgres({
    dir,
    port: pgPort,
    database: "postgres",
  });
  const database = await createTestDatabase(server.url);
  const db = createDbClient(database.url);
  const port = await findFreePort();
  const base = `http://127.0.0.1:${port}`;
  const app = startApp({
    DATABASE_URL: database.url,
    PORT: String(port),
    HOST: "127.0.0.1",
    NEXTAUTH_SECRET: SECRET,
    GALLEY_DATA_DIR: path.join(dir, "app"),
    GALLEY_DEMO: "1",
  });
  try {
    await waitForApp(app, `${base}/api/health`);
    const user = await createUser(db, { role: "REPORTER" });
    const article = await createArticle(db, { createdById: user.id });
    const cookie = `galley.session=${await encode({ token: { sub: user.id, sv: 1 }, secret: SECRET })}`;
    // Cached in every worker: each has a page cache of its own.
    for (const page of [SAMPLE, "/"]) await cachedEverywhere(`${base}${page}`);
    // Two co-editors in one story keep typing through the outage.
    const coEdited = await createArticle(db, { createdById: user.id });
    const coCookies = await Promise.all(
      [0, 1].map(async () => {
        const person = await createUser(db, { role: "EDITOR" });
        return `galley.session=${await encode({ token: { sub: person.id, sv: 1 }, secret: SECRET })}`;
      }),
    );
    const lineage = await openForCoEditing(db, base, coEdited.id, coCookies[0]!);
    const coEditors = coCookies.map((c) =>
      connectCollab({ base, articleId: coEdited.id, cookie: c, lineage }),
    );
    await Promise.all(coEditors.map((client) => client.whenSynced(15_000)));
    const coTyped: string[] = [];

    let phase = "before" as Phase;
    const reader: Record<Phase, Map<number, number>> = {
      before: new Map(),
      outage: new Map(),
      after: new Map(),
    };
    const editor: Record<Phase, Map<number, number>> = {
      before: new Map(),
      outage: new Map(),
      after: new Map(),
    };
    const count = (map: Map<number, number>, status: number) =>
      map.set(status, (map.get(status) ?? 0) + 1);
    let version = article.version;
    let acked = "";
    let firstSaveAfter = 0;
    let restoredAt = 0;
    let running = true;

    const readers = Array.from({ length: 4 }, async (_, i) => {
      while (running) {
        const page = i % 2 ? SAMPLE : "/";
        const status = await fetch(`${base}${page}`, { signal: AbortSignal.timeout(5_000) })
          .then(async (response) => (await response.arrayBuffer(), response.status))
          .catch(() => 0);
        count(reader[phase], status);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    });
    const saver = (async () => {
      for (let i = 0; running; i++) {
        const text = `停機測試第 ${i} 次保存`;
        const current = phase;
        const response = await fetch(`${base}/api/v1/articles/${article.id}`, {
          method: "PUT",
          headers: { "content-type": "application/json", cookie, origin: base },
          body: JSON.stringify({
            baseVersion: version,
            kind: "AUTOSAVE",
            fields: fieldsFor(article.slug, text),
          }),
          signal: AbortSignal.timeout(10_000),
        }).catch(() => null);
        const status = response?.status ?? 0;
        const payload = response
          ? ((await response.json().catch(() => ({}))) as { version?: number })
          : {};
        count(editor[current], status);
        if (status === 200 && payload.version) {
          version = payload.version;
          acked = text;
          if (current === "after" && !firstSaveAfter) firstSaveAfter = Date.now();
        }
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    })();

    const typists = coEditors.map(async (client, index) => {
      for (let n = 0; running; n++) {
        const token = `〔${index}-${n}〕`;
        client.type(token);
        coTyped.push(token);
        await new Promise((resolve) => setTimeout(resolve, 300));
      }
    });

    await new Promise((resolve) => setTimeout(resolve, 3_000));
    phase = "outage";
    await server.stop();
    await new Promise((resolve) => setTimeout(resolve, seconds * 1_000));
    server = await startEmbeddedPostgres({ dir, port: pgPort, database: "postgres" });
    restoredAt = Date.now();
    phase = "after";
    await new Promise((resolve) => setTimeout(resolve, 10_000));
    running = false;
    await Promise.all([...readers, saver, ...typists]);
    const coSynced = await Promise.all(coEditors.map((client) => client.whenSynced(30_000)));
    const coStored = await storedText({ db }, coEdited.id);
    const coMissing = coTyped.filter((token) => !coStored.includes(token));
    const coConverged = coEditors[0]!.text() === coEditors[1]!.text();
    coEditors.forEach((client) => client.destroy());

    const problems: string[] = [];
    const show = (map: Map<number, number>) =>
      [...map.entries()]
        .sort(([a], [b]) => a - b)
        .map(([s, n]) => `${s}×${n}`)
        .join(" ") || "none";
    for (const p of ["before", "outage", "after"] as const) {
      const bad = [...reader[p].keys()].filter((status) => status !== 200);
      if (bad.length) problems.push(`reader pages ${p} the outage: ${show(reader[p])}`);
    }
    const outageStatuses = [...editor.outage.keys()];
    if (outageStatuses.some((status) => status !== 503 && status !== 200 && status !== 409))
      problems.push(`newsroom saves during the outage: ${show(editor.outage)} (only 503 allowed)`);
    if (!firstSaveAfter) problems.push("saves never succeeded again after the database returned");
    if (coSynced.includes(false)) problems.push("a co-editor did not reconnect after the outage");
    if (!coConverged) problems.push("the co-editors' texts differ after the outage");
    if (coMissing.length)
      problems.push(`${coMissing.length} co-edited changes were not stored after the outage`);
    const stored = await db.article.findUniqueOrThrow({ where: { id: article.id } });
    if (acked && !JSON.stringify(stored.body).includes(acked))
      problems.push(`the last acknowledged save ("${acked}") is not stored`);
    const total = (maps: Record<Phase, Map<number, number>>) =>
      Object.values(maps).reduce(
        (sum, map) => sum + [...map.values()].reduce((a, b) => a + b, 0),
        0,
      );
    const readerErrors = Object.values(reader).reduce(
      (sum, map) =>
        sum + [...map.entries()].filter(([s]) => s !== 200).reduce((a, [, n]) => a + n, 0),
      0,
    );
    const saveErrors = [...editor.before.entries(), ...editor.after.entries()]
      .filter(([status]) => status >= 500 || status === 0)
      .reduce((sum, [, n]) => sum + n, 0);
    return {
      name: "database outage",
      load: "4 readers + 1 editor saving every 0.2 s + 2 co-editors typing",
      faults: `PostgreSQL stopped ${seconds} s`,
      requests: total(reader) + total(editor),
      // Only 503s are allowed during the outage; any other failure counts.
      errors:
        readerErrors +
        saveErrors +
        [...editor.outage.entries()]
          .filter(([status]) => status !== 503 && status !== 200 && status !== 409)
          .reduce((sum, [, n]) => sum + n, 0),
      dataLost: (acked && !JSON.stringify(stored.body).includes(acked) ? 1 : 0) + coMissing.length,
      ok: problems.length === 0,
      figure: `PostgreSQL stopped ${seconds} s under load — readers: ${show(reader.outage)} during, saves: ${show(editor.outage)} during; saving again ${firstSaveAfter ? `${((firstSaveAfter - restoredAt) / 1000).toFixed(1)} s` : "never"} after it returned, without a restart; 2 co-editors typed ${coTyped.length} changes throughout, ${coTyped.length - coMissing.length} stored after, ${coConverged ? "converged" : "diverged"}`,
      problems,
    };
  } finally {
    await app.stop();
    await db.$disconnect();
    await database.drop().catch(() => undefined);
    await server.stop().catch(() => undefined);
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
