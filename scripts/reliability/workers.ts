import http from "node:http";
import { defaultWorkerCount } from "../../lib/runtime/workers";
import { createArticle, createUser } from "../../prisma/factories";
import type { CaseResult, Harness } from "./harness";
import { oneConnection } from "./one-connection";
import { workerIndex, workerPids } from "./processes";

export type Answer =
  { status: number; body: string; headers: http.IncomingHttpHeaders } | { error: string };

/**
 * One request on a connection of its own: the primary hands each new connection to the
 * next worker, so consecutive calls reach every worker in turn.
 */
export function fresh(url: string): Promise<Answer> {
  return new Promise((resolve) => {
    const request = http.get(url, { agent: false }, (response) => {
      let body = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => (body += chunk));
      response.on("end", () =>
        resolve({ status: response.statusCode ?? 0, body, headers: response.headers }),
      );
      response.on("error", (error) => resolve({ error: `cut off: ${error.message}` }));
    });
    request.setTimeout(10_000, () => request.destroy(new Error("no answer in 10 s")));
    request.on("error", (error: NodeJS.ErrnoException) =>
      resolve({ error: error.code ?? error.message }),
    );
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * GALLEY_WORKERS: the front server in one process per core. Every worker serves; an
 * unpublish reaches every worker's page cache within a second; a worker that dies is
 * replaced while the others go on serving; and SIGTERM drains them all: no request that
 * was accepted is cut off, and no worker outlives the server.
 */
export async function workers(harness: Harness): Promise<CaseResult> {
  const { db, base } = harness;
  const expected = Number(harness.env.GALLEY_WORKERS || defaultWorkerCount());
  const problems: string[] = [];
  let requests = 0;
  let errors = 0;
  const count = (answer: Answer, ok: (a: { status: number; body: string }) => boolean) => {
    requests++;
    if ("error" in answer || !ok(answer)) errors++;
    return !("error" in answer) && ok(answer);
  };

  // 1. The processes, and every one of them answering.
  const pids = workerPids(harness.app.child.pid);
  if (pids.length !== expected) problems.push(`${pids.length} worker processes, not ${expected}`);
  const answered = new Set<number>();
  for (let i = 0; i < expected * 4; i++) {
    const answer = await fresh(`${base}/api/health`);
    if (count(answer, (a) => a.status === 200))
      answered.add(
        (JSON.parse((answer as { body: string }).body) as { worker?: number }).worker ?? 0,
      );
  }
  if (answered.size !== expected)
    problems.push(`answers came from workers ${[...answered].join(", ")}, not ${expected}`);

  // 2. An unpublish reaches every worker's page cache.
  const editor = await createUser(db, { role: "EDITOR" });
  const cookie = await harness.cookie(editor.id);
  const article = await createArticle(db, { createdById: editor.id, status: "APPROVED" });
  const move = async (transition: string) => {
    const { version } = await db.article.findUniqueOrThrow({ where: { id: article.id } });
    const response = await fetch(`${base}/api/v1/articles/${article.id}/transitions`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie, origin: base },
      body: JSON.stringify({ transition, version }),
    });
    if (response.status !== 200) throw new Error(`${transition} answered ${response.status}`);
  };
  await move("publish");
  const page = `${base}/articles/${encodeURIComponent(article.slug)}`;
  // Twice per worker: the second is each worker's own cache hit.
  for (let i = 0; i < expected * 2; i++) count(await fresh(page), (a) => a.status === 200);
  // Every worker, within a second: 410 after each unpublish, 200 after each publish.
  const everywhere = async (status: number) => {
    const started = performance.now();
    while (performance.now() - started < 5_000) {
      const batch = await Promise.all(Array.from({ length: expected * 2 }, () => fresh(page)));
      if (batch.every((answer) => "status" in answer && answer.status === status))
        return performance.now() - started;
      await sleep(20);
    }
    return Infinity;
  };
  const delays: number[] = [];
  for (let round = 0; round < 5; round++) {
    for (const [transition, status] of [
      ["unpublish", 410],
      ["publish", 200],
    ] as const) {
      await move(transition);
      const delay = await everywhere(status);
      delays.push(delay);
      if (delay > 1_000)
        problems.push(
          `round ${round}: every worker answered ${status} after ${transition} only after ${delay === Infinity ? "more than 5 s" : `${delay.toFixed(0)} ms`}`,
        );
    }
  }
  const goneEverywhere = Math.max(...delays);

  // 2b. One's own change at once: on one connection (one worker), the page asked for
  // straight after "Unpublish" or "Publish" already answers the new state, every time.
  // The other workers hear of it over PostgreSQL a few milliseconds later (above).
  const connection = oneConnection();
  let ownStale = 0;
  const ownRounds = 10;
  try {
    const moveHere = async (transition: string) => {
      const { version } = await db.article.findUniqueOrThrow({ where: { id: article.id } });
      const reply = await connection.send(`${base}/api/v1/articles/${article.id}/transitions`, {
        method: "POST",
        headers: { "content-type": "application/json", cookie, origin: base },
        body: JSON.stringify({ transition, version }),
      });
      if (reply.status !== 200) throw new Error(`${transition} answered ${reply.status}`);
    };
    // Cached in this worker before each unpublish: a stale hit would show.
    for (let i = 0; i < 2; i++) await connection.send(page);
    for (let round = 0; round < ownRounds; round++) {
      for (const [transition, status] of [
        ["unpublish", 410],
        ["publish", 200],
      ] as const) {
        await moveHere(transition);
        const reply = await connection.send(page);
        requests += 2;
        if (reply.status !== status) ownStale++;
        if (status === 200) {
          await connection.send(page); // the hit the next round drops
          requests++;
        }
      }
    }
  } finally {
    connection.close();
  }
  if (ownStale)
    problems.push(
      `${ownStale} of ${ownRounds * 2} pages read on the connection that changed the story were the old copy`,
    );

  // 3. A worker killed: the others go on serving, and it is replaced.
  const victim = pids[pids.length - 1];
  let replacedIn = NaN;
  let failedAfterCrash = 0;
  if (victim) {
    const victimIndex = workerIndex(victim);
    process.kill(victim, "SIGKILL");
    const killed = performance.now();
    while (performance.now() - killed < 60_000) {
      const answer = await fresh(`${base}/`);
      requests++;
      // Connections handed to the victim in its last instant may fail; later ones must not.
      const ok = "status" in answer && answer.status === 200;
      if (!ok && performance.now() - killed > 500) failedAfterCrash++;
      // Replaced: the new worker with the same number answers.
      const health = await fresh(`${base}/api/health`);
      if ("status" in health && health.status === 200) {
        const { worker } = JSON.parse(health.body) as { worker?: number };
        const now = workerPids(harness.app.child.pid);
        if (worker === victimIndex && now.length === expected && !now.includes(victim))
          replacedIn = performance.now() - killed;
      }
      if (!Number.isNaN(replacedIn)) break;
      await sleep(25);
    }
    if (Number.isNaN(replacedIn)) problems.push("the killed worker was not replaced within 60 s");
    if (failedAfterCrash) problems.push(`${failedAfterCrash} requests failed after a worker died`);
  }

  // 4. SIGTERM drains every worker: readers keep coming while it stops.
  let cutOff = 0;
  const kinds = new Map<string, number>();
  let resets = 0;
  let stoppedIn = NaN;
  let drained = 0;
  let orphans: number[] = [];
  const primary = harness.app.child.pid;
  const workersBefore = workerPids(primary);
  let stopping = true;
  const readers = Array.from({ length: 16 }, async () => {
    while (stopping) {
      const answer = await fresh(`${base}/`);
      if ("error" in answer) {
        kinds.set(answer.error, (kinds.get(answer.error) ?? 0) + 1);
        // Refused, or reset before any answer: the server no longer takes connections
        // (clients and proxies retry these). An answer cut off once begun is a failure.
        if (answer.error.startsWith("cut off")) cutOff++;
        else {
          if (answer.error !== "ECONNREFUSED") resets++;
          await sleep(20);
        }
      } else if (answer.status === 200) drained++;
      else {
        cutOff++;
        kinds.set(String(answer.status), (kinds.get(String(answer.status)) ?? 0) + 1);
      }
    }
  });
  await sleep(300);
  const signalled = performance.now();
  await harness.restart("SIGTERM", async () => {
    stoppedIn = performance.now() - signalled;
    stopping = false;
    await Promise.all(readers);
    orphans = workersBefore.filter((pid) => {
      try {
        process.kill(pid, 0);
        return true;
      } catch {
        return false;
      }
    });
  });
  if (cutOff)
    problems.push(
      `${cutOff} requests were cut off or failed while the server stopped (${[...kinds].map(([kind, n]) => `${kind}: ${n}`).join(", ")})`,
    );
  if (orphans.length) problems.push(`${orphans.length} workers outlived the server`);

  return {
    name: "workers",
    load: `${expected} workers; fresh connections; 16 readers through a SIGTERM`,
    faults: "a worker killed (SIGKILL); SIGTERM under load",
    requests: requests + drained + cutOff,
    errors: errors + failedAfterCrash + cutOff + ownStale,
    dataLost: 0,
    ok: problems.length === 0,
    figure: `${expected} workers all answered; 5 unpublish/publish rounds reached every worker in ≤ ${goneEverywhere.toFixed(0)} ms; on the connection that made it, ${ownRounds * 2 - ownStale}/${ownRounds * 2} pages new at once; a killed worker replaced in ${(replacedIn / 1000).toFixed(1)} s (${failedAfterCrash} failures after it died); SIGTERM under load: stopped in ${(stoppedIn / 1000).toFixed(1)} s, ${drained} answered, ${cutOff} cut off, ${resets} connections reset unanswered, ${orphans.length} workers left`,
    problems,
  };
}
