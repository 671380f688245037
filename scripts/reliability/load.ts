import { Worker } from "node:worker_threads";
import { fieldsFor, writers, type CaseResult, type Harness } from "./harness";
import { processRssMb, treeRssMb } from "./processes";

const READER_PAGES = [
  "/articles/shi-xinguan-feiyan-yiqing-fangkong-gongzuo-lingdao-xiaozu-zhaokai-huiyi",
  "/articles/shi-xinguan-feiyan-yiqing-fangkong-gongzuo-lingdao-xiaozu-zhaokai-huiyi?script=hans",
  "/",
  "/sections/news",
  "/search?q=%E7%96%AB%E6%83%85",
];

/** The whole server's memory: the primary and its worker processes. */
const rssMb = treeRssMb;

/**
 * The readers run on their own thread: 200 fetch loops keep an event loop busy, and the
 * editors' save times must not include the load generator's own queue.
 */
const READERS = `
const { parentPort, workerData } = require("node:worker_threads");
const { base, pages, readers, end } = workerData;
const times = [];
let errors = 0;
Promise.all(Array.from({ length: readers }, async (_, i) => {
  for (let n = i; Date.now() < end; n++) {
    const started = performance.now();
    const response = await fetch(base + pages[n % pages.length]).catch(() => null);
    if (response) await response.arrayBuffer();
    times.push(performance.now() - started);
    if (!response || response.status !== 200) errors++;
  }
})).then(() => parentPort.postMessage({ times, errors }));
`;

function runReaders(base: string, readers: number, end: number) {
  const worker = new Worker(READERS, {
    eval: true,
    workerData: { base, pages: READER_PAGES, readers, end },
  });
  return new Promise<{ times: number[]; errors: number }>((resolve, reject) => {
    worker.once("message", resolve);
    worker.once("error", reject);
  }).finally(() => worker.terminate());
}

function p99(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(sorted.length * 0.99) - 1)] ?? NaN;
}

/**
 * 8. Load: concurrent readers plus editors autosaving about once a second: reader and
 * autosave p99 ≤ 200 ms, zero errors, and the app's memory bounded (each process's peak RSS
 * under 1 GiB; the whole tree's start, end and peak reported).
 */
export async function load(
  harness: Harness,
  options: { readers: number; editors: number; seconds: number },
): Promise<CaseResult> {
  const { db, base } = harness;
  const editors = (await writers(harness, options.editors)).map((writer) => ({
    ...writer,
    acked: "",
  }));
  for (const page of READER_PAGES) await (await fetch(`${base}${page}`)).arrayBuffer();
  const pid = harness.app.child.pid;
  // The whole tree's RSS, and each process's own peak (the primary and every worker).
  const perProcess = new Map<number, number>();
  const sample = () => {
    for (const [id, mb] of processRssMb(pid))
      perProcess.set(id, Math.max(mb, perProcess.get(id) ?? 0));
    return rssMb(pid);
  };
  const startRss = sample();
  const end = Date.now() + options.seconds * 1000;
  // The app's RSS every 5 s.
  const rss: number[] = [];
  const sampler = setInterval(() => rss.push(sample()), 5_000);
  const saveTimes: number[] = [];
  let errors = 0;
  const [reading] = await Promise.all([
    runReaders(base, options.readers, end),
    ...editors.map(async (editor, index) => {
      // People do not pause typing in step: each editor's second starts at its own moment.
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 1000));
      for (let n = 0; Date.now() < end; n++) {
        const tick = Date.now();
        const text = `負載測試 ${index}-${n}`;
        const started = performance.now();
        const response = await fetch(`${base}/api/v1/articles/${editor.article.id}`, {
          method: "PUT",
          headers: { "content-type": "application/json", cookie: editor.cookie, origin: base },
          body: JSON.stringify({
            baseVersion: editor.version,
            kind: "AUTOSAVE",
            fields: fieldsFor(editor.article.slug, text),
          }),
        }).catch(() => null);
        const payload = response ? ((await response.json()) as { version?: number }) : {};
        saveTimes.push(performance.now() - started);
        if (response?.status === 200 && payload.version) {
          editor.version = payload.version;
          editor.acked = text;
        } else errors++;
        await new Promise((resolve) =>
          setTimeout(resolve, Math.max(0, 1000 - (Date.now() - tick))),
        );
      }
    }),
  ]);
  clearInterval(sampler);
  const readerTimes = reading.times;
  errors += reading.errors;
  const endRss = sample();
  let lost = 0;
  for (const editor of editors) {
    const stored = await db.article.findUniqueOrThrow({ where: { id: editor.article.id } });
    if (editor.acked && !JSON.stringify(stored.body).includes(editor.acked)) lost++;
  }
  const readerP99 = p99(readerTimes);
  const saveP99 = p99(saveTimes);
  const problems: string[] = [];
  if (readerP99 > 200) problems.push(`reader p99 ${readerP99.toFixed(0)} ms > 200 ms`);
  if (saveP99 > 200) problems.push(`autosave p99 ${saveP99.toFixed(0)} ms > 200 ms`);
  if (errors) problems.push(`${errors} errors`);
  // V8 collects its old generation lazily, so RSS climbs in a sawtooth (a readers-only run
  // went 440 → 765 MB, then back to 438 at a full collection). Stable here means bounded:
  // the peak stays under a 1 GiB budget.
  // With GALLEY_WORKERS each worker is such an app (its own Next, caches and pools): the
  // 1 GiB budget holds for each process; the total is reported beside it.
  const peak = Math.max(startRss, endRss, ...rss);
  const processPeak = Math.max(...perProcess.values());
  if (processPeak > 1024)
    problems.push(`a process's RSS peaked at ${processPeak.toFixed(0)} MB (> 1024 MB)`);
  if (lost) problems.push(`${lost} articles lost their last acknowledged save`);
  return {
    name: "load",
    load: `${options.readers} readers + ${options.editors} editors, ${options.seconds} s`,
    faults: "none",
    requests: readerTimes.length + saveTimes.length,
    errors,
    dataLost: lost,
    ok: problems.length === 0,
    figure: `${options.readers} readers + ${options.editors} editors for ${options.seconds} s: ${readerTimes.length} page views (p99 ${readerP99.toFixed(1)} ms), ${saveTimes.length} autosaves (p99 ${saveP99.toFixed(1)} ms), ${errors} errors, app RSS (${perProcess.size} processes) ${startRss.toFixed(0)} → ${endRss.toFixed(0)} MB, peak ${peak.toFixed(0)} (every 5 s: ${rss.map((v) => v.toFixed(0)).join(" ")}); largest process peak ${processPeak.toFixed(0)} MB`,
    problems,
  };
}
