import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { encode } from "next-auth/jwt";
import { createDbClient } from "../../lib/db-client";
import { findFreePort } from "../../lib/runtime/port";
import { startApp, waitForApp } from "../../lib/testing/app-process";
import { startReplicatedServer } from "../../lib/testing/standby";
import { createTestDatabase } from "../../lib/testing/test-database";
import { articleFields, createArticle, createUser, paragraphDoc } from "../../prisma/factories";
import { SECRET, type CaseResult } from "./harness";
import { fresh } from "./workers";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const headline = (n: number) => `複本測試第${n}版`;
const versionIn = (text: string) => Number(/複本測試第(\d+)版/.exec(text)?.[1] ?? -1);

/**
 * Read replicas (DATABASE_REPLICA_URLS) on a real hot standby of a primary this case
 * controls. Readers poll the article page and the content API on fresh connections (so
 * across every worker) while an editor publishes updates. With the standby's replay
 * paused, each update still reaches every reader within a second and no reader ever sees
 * an older version after a newer one; the lagging standby serves no read meanwhile and
 * serves again once it has caught up. With the standby stopped, nothing errors.
 */
export async function replicas(options: { updates: number }): Promise<CaseResult> {
  const server = await startReplicatedServer();
  const database = await createTestDatabase(server.primaryUrl);
  const db = createDbClient(database.url);
  const standbyDb = createDbClient(server.onStandby(database.url));
  const port = await findFreePort();
  const base = `http://127.0.0.1:${port}`;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "galley-replicas-"));
  const app = startApp({
    DATABASE_URL: database.url,
    DATABASE_REPLICA_URLS: server.onStandby(database.url),
    PORT: String(port),
    HOST: "127.0.0.1",
    NEXTAUTH_SECRET: SECRET,
    GALLEY_DATA_DIR: dataDir,
    GALLEY_DEMO: "1",
  });
  const problems: string[] = [];
  try {
    await waitForApp(app, `${base}/api/health`);
    const editor = await createUser(db, { role: "EDITOR" });
    const cookie = `galley.session=${await encode({ token: { sub: editor.id, sv: 1 }, secret: SECRET })}`;
    const article = await createArticle(db, { createdById: editor.id, status: "APPROVED" });
    const page = `${base}/articles/${encodeURIComponent(article.slug)}`;
    const api = `${base}/api/v1/articles/${article.id}`;

    let published = -1;
    const publishedAt: number[] = [];
    const send = async (url: string, method: string, body: unknown) => {
      const response = await fetch(url, {
        method,
        headers: { "content-type": "application/json", cookie, origin: base },
        body: JSON.stringify(body),
      });
      if (response.status !== 200) throw new Error(`${method} ${url} answered ${response.status}`);
    };
    /** Saves version `n` of the story and publishes it, as the editor's buttons do. */
    const publish = async (n: number) => {
      const { version } = await db.article.findUniqueOrThrow({ where: { id: article.id } });
      await send(api, "PUT", {
        baseVersion: version,
        kind: "MANUAL",
        fields: articleFields(article.slug, {
          headline: headline(n),
          body: paragraphDoc(`第${n}版正文。`),
        }),
      });
      const saved = await db.article.findUniqueOrThrow({ where: { id: article.id } });
      await send(`${api}/transitions`, "POST", {
        transition: n === 0 ? "publish" : "publish-update",
        version: saved.version,
      });
      publishedAt[n] = performance.now();
      published = n;
    };

    // Readers: each keeps the newest version it has seen of each address.
    let running = true;
    let requests = 0;
    let errors = 0;
    let reverts = 0;
    let staleAfterOneSecond = 0;
    const read = () =>
      Array.from({ length: 6 }, async (_, index) => {
        const newest = new Map<string, number>();
        for (let i = 0; running; i++) {
          const url = [page, api, `${base}/search?q=${encodeURIComponent("複本測試")}`][
            (index + i) % 3
          ]!;
          const latest = published;
          const asked = performance.now();
          const answer = await fresh(url);
          requests++;
          if ("error" in answer || answer.status !== 200) {
            errors++;
            problems.push(`${url} answered ${"error" in answer ? answer.error : answer.status}`);
            continue;
          }
          if (url.includes("/search")) continue;
          const seen = versionIn(answer.body);
          if (seen < (newest.get(url) ?? -1)) {
            reverts++;
            problems.push(`a reader saw version ${seen} of ${url} after ${newest.get(url)}`);
          }
          newest.set(url, Math.max(seen, newest.get(url) ?? -1));
          if (latest >= 0 && seen < latest && asked - publishedAt[latest]! > 1_000) {
            staleAfterOneSecond++;
          }
        }
      });

    /** Milliseconds until 4 fresh requests to each address all show version `n`. */
    const everywhere = async (n: number) => {
      const started = publishedAt[n]!;
      while (performance.now() - started < 5_000) {
        const batch = await Promise.all(
          [page, page, page, page, api, api, api, api].map((url) => fresh(url)),
        );
        if (batch.every((answer) => "body" in answer && versionIn(answer.body) === n))
          return performance.now() - started;
        await sleep(20);
      }
      return Infinity;
    };
    /** Reads served by the standby so far, summed over every worker's router. */
    const standbyReads = async () => {
      const byWorker = new Map<number, number>();
      for (let i = 0; i < 16; i++) {
        const answer = await fresh(`${base}/api/health/ready`);
        if (!("body" in answer)) continue;
        const body = JSON.parse(answer.body) as {
          worker?: number;
          checks?: { replicas?: { detail?: string } };
        };
        const reads = Number(/(\d+) reads/.exec(body.checks?.replicas?.detail ?? "")?.[1] ?? 0);
        byWorker.set(body.worker ?? 0, Math.max(reads, byWorker.get(body.worker ?? 0) ?? 0));
      }
      return [...byWorker.values()].reduce((sum, reads) => sum + reads, 0);
    };
    const caughtUp = async () => {
      const [{ lsn }] = await db.$queryRaw<
        [{ lsn: string }]
      >`select pg_current_wal_insert_lsn()::text as lsn`;
      for (let i = 0; i < 200; i++) {
        const [row] = await standbyDb.$queryRaw<[{ behind: boolean }]>`
          select pg_last_wal_replay_lsn() < ${lsn}::pg_lsn as behind`;
        if (!row.behind) return;
        await sleep(50);
      }
      throw new Error("the standby did not catch up within 10 s");
    };
    const delays: { paused: number[]; stopped: number[] } = { paused: [], stopped: [] };
    const updates = async (from: number, phase: keyof typeof delays) => {
      for (let n = from; n < from + options.updates; n++) {
        await publish(n);
        const delay = await everywhere(n);
        delays[phase].push(delay);
        if (delay > 1_000)
          problems.push(
            `version ${n} (standby ${phase}) reached every reader only after ${delay === Infinity ? "more than 5 s" : `${delay.toFixed(0)} ms`}`,
          );
        await sleep(Math.max(0, 1_000 - delay));
      }
    };

    // 1. Caught up: the standby serves.
    await publish(0);
    await everywhere(0);
    const readers = read();
    await caughtUp();
    const before = await standbyReads();
    await sleep(3_000);
    const warm = (await standbyReads()) - before;
    if (warm === 0) problems.push("the standby served no reads while it was caught up");

    // 2. Replay paused: every update is read from the primary; the standby serves nothing.
    await server.pauseReplay();
    await publish(1);
    await everywhere(1);
    const pausedFrom = await standbyReads();
    await updates(2, "paused");
    const whilePaused = (await standbyReads()) - pausedFrom;
    const standbyHas = await standbyDb.publishedVersion.findFirst({
      where: { articleId: article.id },
      orderBy: { number: "desc" },
      select: { headline: true },
    });
    const lagged = versionIn(standbyHas?.headline ?? "");
    if (lagged !== 0) problems.push(`the paused standby had version ${lagged}, so did not lag`);
    if (whilePaused !== 0) problems.push(`the lagging standby served ${whilePaused} reads`);

    // 3. Caught up again: the standby serves again.
    await server.resumeReplay();
    await caughtUp();
    const resumedFrom = await standbyReads();
    await sleep(3_000);
    const resumed = (await standbyReads()) - resumedFrom;
    if (resumed === 0) problems.push("the standby served no reads after it caught up");

    // 4. The standby stopped: reads go to the primary, and nothing errors.
    await server.stopStandby();
    await updates(2 + options.updates, "stopped");
    running = false;
    await Promise.all(readers);
    await server.startStandby();

    const worst = (list: number[]) => `${Math.max(...list).toFixed(0)} ms`;
    if (staleAfterOneSecond)
      problems.push(`${staleAfterOneSecond} answers were older than an update made 1 s before`);
    return {
      name: "read replicas",
      load: "6 readers (article page, content API, search) + 1 editor publishing updates",
      faults: `standby replay paused for ${options.updates + 1} updates, then standby stopped`,
      requests,
      errors: errors + reverts + staleAfterOneSecond,
      dataLost: 0,
      ok: problems.length === 0,
      figure: `standby served ${warm} reads in 3 s caught up, ${whilePaused} while paused (it still had version ${lagged}), ${resumed} in 3 s after catching up; each update on every reader within ${worst(delays.paused)} while paused and ${worst(delays.stopped)} with the standby stopped; ${reverts} reverts, ${errors} errors`,
      problems: problems.slice(0, 10),
    };
  } finally {
    await app.stop();
    await Promise.all([db.$disconnect(), standbyDb.$disconnect()]);
    await database.drop().catch(() => undefined);
    await server.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
