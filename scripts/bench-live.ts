/**
 * `npm run bench:live`: live coverage's speed figure on the real stack (the built app on a
 * throwaway database, one instance). 1,000 readers hold the live page's event stream open
 * (/live-events/<id>, as public/live.js does); an editor publishes an update through the
 * desk's own server action every few seconds; each reader, on its event, fetches the page
 * again (as the script does) until the new update is in it. Prints, per update and in all:
 * publish → on every reader's page, p50 / p95 / max; the app's memory per connection; and
 * the page's own requests per second and p99 under wrk meanwhile (served from the page
 * cache). Target: p95 ≤ 2 s with 1,000 readers. Asserts nothing.
 */
import http from "node:http";
import { spawn } from "node:child_process";
import os from "node:os";
import { execFile, spawnSync } from "node:child_process";
import path from "node:path";
import fs from "node:fs";
import { promisify } from "node:util";
import { createArticle, createUser } from "../prisma/factories";
import { startHarness } from "./reliability/harness";
import { actionIds, callAction } from "./reliability/server-actions";

const READERS = Number(process.env.BENCH_READERS ?? 1000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 8);
const GAP_MS = 3_000;

const rss = (pid: number) =>
  Number(/VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0) * 1024;
const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
};

type Reader = { onUpdate: (() => void) | null; socket: http.ClientRequest };

/** One reader's event stream: calls `onUpdate` for each "update" event. */
function connect(base: string, articleId: string): Promise<Reader> {
  return new Promise((resolve, reject) => {
    const reader: Reader = { onUpdate: null, socket: null as unknown as http.ClientRequest };
    reader.socket = http.get(`${base}/live-events/${articleId}`, { agent: false }, (response) => {
      if (response.statusCode !== 200) return reject(new Error(`stream ${response.statusCode}`));
      response.setEncoding("utf8");
      let buffer = "";
      response.on("data", (chunk: string) => {
        buffer += chunk;
        let end: number;
        while ((end = buffer.indexOf("\n\n")) >= 0) {
          const event = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          if (event.startsWith("event: update")) reader.onUpdate?.();
        }
      });
      resolve(reader);
    });
    reader.socket.on("error", reject);
  });
}

/** What public/live.js does on an event: fetch the page until it has the update. */
const pageAgent = new http.Agent({ keepAlive: true, maxSockets: 256 });
function fetchPage(url: string): Promise<{ body: string; cache: string }> {
  return new Promise((resolve, reject) => {
    http
      .get(
        url,
        { agent: pageAgent, headers: { accept: "text/html", "accept-language": "zh-TW" } },
        (response) => {
          let body = "";
          response.setEncoding("utf8");
          response.on("data", (chunk: string) => (body += chunk));
          response.on("end", () =>
            resolve({ body, cache: String(response.headers["x-galley-cache"]) }),
          );
        },
      )
      .on("error", reject);
  });
}

async function main() {
  const hasWrk = !spawnSync("wrk", ["--version"]).error;
  const harness = await startHarness();
  const { base, db } = harness;
  try {
    const editor = await createUser(db, { role: "EDITOR" });
    const cookie = await harness.cookie(editor.id);
    const article = await createArticle(db, {
      createdById: editor.id,
      status: "APPROVED",
      kind: "LIVE",
      headline: "德州發布洪水預警（壓測）",
    });
    const published = await fetch(`${base}/api/v1/articles/${article.id}/transitions`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie, origin: base },
      body: JSON.stringify({ transition: "publish", version: article.version }),
    });
    if (published.status !== 200) throw new Error(`publish: ${published.status}`);
    const page = `${base}/articles/${article.slug}`;
    for (let i = 0; i < 20; i++) await fetchPage(page);
    const addId = [...actionIds()].find(([key]) => key.endsWith("#addLiveUpdateAction"))?.[1];
    if (!addId) throw new Error("no addLiveUpdateAction in this build");

    const pid = harness.app.child.pid!;
    const before = rss(pid);
    const readers: Reader[] = [];
    for (let i = 0; i < READERS; i += 100)
      readers.push(
        ...(await Promise.all(
          Array.from({ length: Math.min(100, READERS - i) }, () => connect(base, article.id)),
        )),
      );
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    const after = rss(pid);

    // The page under load meanwhile, as other readers keep reading it.
    const wrk = hasWrk
      ? promisify(execFile)(
          "wrk",
          ["-t1", "-c32", `-d${Math.ceil((ROUNDS * GAP_MS) / 1000) + 2}s`, "--latency", page],
          { encoding: "utf8" },
        )
      : null;

    const all: number[] = [];
    const perRound: string[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const latencies: number[] = [];
      let updateId = "";
      const seen = new Promise<void>((resolve) => {
        let left = readers.length;
        for (const reader of readers) {
          let done = false;
          reader.onUpdate = () => {
            if (done || !updateId) return;
            void fetchPage(page).then(({ body }) => {
              if (done || !body.includes(`data-live-update="${updateId}"`)) return;
              done = true;
              latencies.push(performance.now() - started);
              if (--left === 0) resolve();
            });
          };
        }
      });
      const started = performance.now();
      const answer = await callAction(
        base,
        addId,
        [
          {
            articleId: article.id,
            title: null,
            body: {
              type: "doc",
              content: [
                {
                  type: "paragraph",
                  content: [{ type: "text", text: `第 ${round + 1} 則動態：水位持續上漲。` }],
                },
              ],
            },
            isKey: false,
            authorIds: [],
          },
        ],
        { cookie, page: `/newsroom/articles/${article.id}` },
      );
      const result = answer.result as { ok?: boolean; data?: { id: string } };
      if (!result.ok || !result.data)
        throw new Error(`add update: ${JSON.stringify(answer.result)}`);
      updateId = result.data.id;
      // An event that arrived before the action answered is checked again now.
      for (const reader of readers) reader.onUpdate?.();
      await Promise.race([seen, new Promise((resolve) => setTimeout(resolve, 15_000))]);
      all.push(...latencies);
      perRound.push(
        `  update ${round + 1}: ${latencies.length}/${readers.length} readers, p50 ${percentile(latencies, 50).toFixed(0)} ms, p95 ${percentile(latencies, 95).toFixed(0)} ms, max ${Math.max(...latencies).toFixed(0)} ms`,
      );
      await new Promise((resolve) => setTimeout(resolve, GAP_MS));
    }
    const hit = (await fetchPage(page)).cache;
    const wrkOut = wrk ? (await wrk).stdout : "";
    const rps = /Requests\/sec:\s+([\d.]+)/.exec(wrkOut)?.[1];
    const p99 = /\s99%\s+([\d.]+\w+)/.exec(wrkOut)?.[1];
    console.log(
      `\nbench:live on ${os.cpus().length} cores: ${readers.length} readers on one instance, ${ROUNDS} updates`,
    );
    for (const line of perRound) console.log(line);
    console.log(
      `  publish → on the readers' pages: p50 ${percentile(all, 50).toFixed(0)} ms, p95 ${percentile(all, 95).toFixed(0)} ms, max ${Math.max(...all).toFixed(0)} ms (${all.length} of ${readers.length * ROUNDS}; target p95 ≤ 2,000 ms)`,
    );
    const probe = await streamCost(readers.length);
    console.log(
      `  app memory: RSS ${(before / 2 ** 20).toFixed(0)} MiB before, ${(after / 2 ** 20).toFixed(0)} MiB with ${readers.length} streams open (the app's RSS moves by more than the streams cost)`,
    );
    console.log(
      `  per open stream, measured alone after a full GC: ${(probe.heap / 1024).toFixed(1)} KiB of heap, ${(probe.rss / 1024).toFixed(1)} KiB of RSS (${probe.count} streams)`,
    );
    console.log(
      wrk
        ? `  the page meanwhile (wrk, 32 connections): ${Number(rps).toFixed(0)} req/s, p99 ${p99}; last answer from the page cache: ${hit}`
        : "  (install wrk to measure the page meanwhile: apt-get install wrk)",
    );
    for (const reader of readers) reader.socket.destroy();
  } finally {
    pageAgent.destroy();
    await harness.close();
  }
}

/** The streams' own cost: `count` of them held open against live-events-probe.ts. */
async function streamCost(count: number) {
  const child = spawn(
    process.execPath,
    ["--expose-gc", "--import", "tsx", path.join(import.meta.dirname, "live-events-probe.ts")],
    { stdio: ["ignore", "pipe", "inherit"] },
  );
  try {
    const port = await new Promise<number>((resolve) =>
      child.stdout.once("data", (chunk: Buffer) => resolve(Number(chunk.toString().trim()))),
    );
    const base = `http://127.0.0.1:${port}`;
    const memory = async () =>
      (await (await fetch(`${base}/memory`)).json()) as { heap: number; rss: number };
    const id = "01a24c8b-3496-760b-8355-045de605063c";
    // A few first, so the server's lazily made parts are in both readings.
    const warm = await Promise.all(Array.from({ length: 20 }, () => connect(base, id)));
    const start = await memory();
    const streams: Reader[] = [];
    for (let i = 0; i < count; i += 100)
      streams.push(
        ...(await Promise.all(
          Array.from({ length: Math.min(100, count - i) }, () => connect(base, id)),
        )),
      );
    await new Promise((resolve) => setTimeout(resolve, 500));
    const end = await memory();
    for (const stream of [...warm, ...streams]) stream.socket.destroy();
    return { heap: (end.heap - start.heap) / count, rss: (end.rss - start.rss) / count, count };
  } finally {
    child.kill();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
