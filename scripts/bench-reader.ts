/**
 * `npm run bench:reader`: the reader issue's speed figures on the real stack.
 * wrk (apt-get install wrk) with 64 connections for 15 s after a warm-up, against:
 *  - the sample article page (cache hit), its Simplified variant, and a revalidation
 *    with If-None-Match (304);
 *  - the front page and a search;
 *  - the article page signed in (bypasses the page cache: what Next alone manages).
 * Also the page's weight (HTML + CSS, compressed as browsers fetch it; JavaScript must
 * be 0). Prints the figures; asserts nothing (target: ≥ 25,000 req/s, p99 ≤ 10 ms).
 */
import { execFileSync, spawnSync } from "node:child_process";
import os from "node:os";
import zlib from "node:zlib";
import { startHarness } from "./reliability/harness";

const SAMPLE = "/articles/shi-xinguan-feiyan-yiqing-fangkong-gongzuo-lingdao-xiaozu-zhaokai-huiyi";
const DURATION = process.env.BENCH_SECONDS ?? "15";

function wrk(url: string, headers: Record<string, string> = {}) {
  // One wrk thread: on two cores the load generator keeps one, the server the other.
  const args = ["-t1", "-c64", `-d${DURATION}s`, "--latency"];
  for (const [name, value] of Object.entries(headers)) args.push("-H", `${name}: ${value}`);
  const output = execFileSync("wrk", [...args, url], { encoding: "utf8" });
  const rps = Number(/Requests\/sec:\s+([\d.]+)/.exec(output)?.[1]);
  const p99 = /\s99%\s+([\d.]+)(us|ms|s)/.exec(output);
  const toMs = (value: string, unit: string) =>
    Number(value) * (unit === "us" ? 0.001 : unit === "s" ? 1000 : 1);
  const non2xx = Number(/Non-2xx or 3xx responses:\s+(\d+)/.exec(output)?.[1] ?? 0);
  return { rps, p99: p99 ? toMs(p99[1]!, p99[2]!) : NaN, non2xx };
}

async function pageWeight(base: string) {
  const response = await fetch(`${base}${SAMPLE}`, { headers: { "accept-encoding": "br" } });
  const html = await response.text();
  const htmlBytes = zlib.brotliCompressSync(Buffer.from(html)).length;
  let cssBytes = 0;
  for (const [, href] of html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)) {
    const css = await (await fetch(new URL(href!, base))).text();
    cssBytes += zlib.brotliCompressSync(Buffer.from(css)).length;
  }
  const scripts = [...html.matchAll(/<script\b(?![^>]*application\/ld\+json)[^>]*>/g)].length;
  return { htmlBytes, cssBytes, scripts };
}

async function main() {
  if (spawnSync("wrk", ["--version"]).error) {
    console.error("bench:reader needs wrk: apt-get install wrk");
    process.exit(1);
  }
  // The built app on a throwaway database, seeded with the demo newsroom.
  const harness = await startHarness();
  const { base } = harness;
  try {
    const targets = [SAMPLE, `${SAMPLE}?script=hans`, "/", "/search?q=%E7%96%AB%E6%83%85"];
    for (const target of targets) for (let i = 0; i < 20; i++) await fetch(`${base}${target}`);
    const weight = await pageWeight(base);
    const etag = (await fetch(`${base}${SAMPLE}`)).headers.get("etag") ?? "";
    const rows: Array<[string, ReturnType<typeof wrk>]> = [
      ["article page (cached)", wrk(`${base}${SAMPLE}`)],
      ["article page, Simplified", wrk(`${base}${SAMPLE}?script=hans`)],
      ["article page, If-None-Match → 304", wrk(`${base}${SAMPLE}`, { "if-none-match": etag })],
      ["front page", wrk(`${base}/`)],
      ["search ?q=疫情", wrk(`${base}/search?q=%E7%96%AB%E6%83%85`)],
      [
        "article page, signed in (no page cache)",
        wrk(`${base}${SAMPLE}`, { cookie: "galley.session=x" }),
      ],
    ];
    console.log(
      `\nbench:reader on ${os.cpus().length} cores, wrk 1 thread, 64 connections, ${DURATION} s each`,
    );
    for (const [name, result] of rows) {
      console.log(
        `  ${name.padEnd(42)} ${result.rps.toFixed(0).padStart(7)} req/s   p99 ${result.p99.toFixed(2)} ms${result.non2xx ? `   (${result.non2xx} non-2xx/3xx)` : ""}`,
      );
    }
    console.log(
      `  article page weight: HTML ${(weight.htmlBytes / 1024).toFixed(1)} KiB + CSS ${(weight.cssBytes / 1024).toFixed(1)} KiB (brotli), ${weight.scripts} script elements`,
    );
    console.log(
      "  targets: article page ≥ 25,000 req/s with p99 ≤ 10 ms; page ≤ 100 KiB; no JavaScript",
    );
  } finally {
    await harness.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
