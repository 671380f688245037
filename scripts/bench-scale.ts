/**
 * `npm run bench:scale`: the cached article page against the engines a newsroom already
 * trusts, on the same machine in the same run (wrk, 2 threads, 64 connections):
 *  - nginx serving the same bytes from a file (every core: worker_processes auto);
 *  - a bare Node `http` server answering them from memory in one process;
 *  - Galley with GALLEY_WORKERS=1 and with the default (one worker per core).
 * wrk runs on the same cores, so a server's CPU per request decides its figure.
 * Targets (issue 20): Galley ≥ 80 % of nginx's requests per second, p99 ≤ 10 ms.
 * Prints the figures; asserts nothing. BENCH_SECONDS sets each run's length (default 10).
 */
import { execFileSync, spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { findFreePort } from "../lib/runtime/port";
import { defaultWorkerCount } from "../lib/runtime/workers";
import { startApp, waitForApp } from "../lib/testing/app-process";
import { hasNginx, startGalleyNginx, startNginx, type Nginx } from "../lib/testing/nginx";
import { startHarness } from "./reliability/harness";

const SAMPLE = "/articles/shi-xinguan-feiyan-yiqing-fangkong-gongzuo-lingdao-xiaozu-zhaokai-huiyi";
const DURATION = process.env.BENCH_SECONDS ?? "10";

type Figures = { rps: number; p99: number; errors: number };

function wrk(url: string): Figures {
  const output = execFileSync("wrk", ["-t2", "-c64", `-d${DURATION}s`, "--latency", url], {
    encoding: "utf8",
  });
  const rps = Number(/Requests\/sec:\s+([\d.]+)/.exec(output)?.[1]);
  const p99 = /\s99%\s+([\d.]+)(us|ms|s)\b/.exec(output);
  const unit = { us: 0.001, ms: 1, s: 1000 } as const;
  const errors = Number(/Non-2xx or 3xx responses:\s+(\d+)/.exec(output)?.[1] ?? 0);
  return {
    rps,
    p99: p99 ? Number(p99[1]) * unit[p99[2] as keyof typeof unit] : NaN,
    errors,
  };
}

/** One process answering the page's bytes and headers from memory: Node's own ceiling. */
const BARE_NODE = `
const cluster = require("node:cluster");
const http = require("node:http");
const [file, headerJson, port, processes] = process.argv.slice(1);
if (cluster.isPrimary && Number(processes) > 1) {
  let ready = 0;
  for (let i = 0; i < Number(processes); i++)
    cluster.fork().on("listening", () => ++ready === Number(processes) && console.log("ready"));
} else {
  const body = require("node:fs").readFileSync(file);
  const headers = JSON.parse(headerJson);
  http.createServer((request, response) => {
    response.writeHead(200, headers);
    response.end(body);
  }).listen(Number(port), "127.0.0.1", () => cluster.isPrimary && console.log("ready"));
}
`;

async function startBareNode(file: string, headers: Record<string, string>, processes: number) {
  const port = await findFreePort();
  const args = ["-e", BARE_NODE, file, JSON.stringify(headers), String(port), String(processes)];
  const child = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "inherit"] });
  await new Promise<void>((resolve) => child.stdout!.once("data", () => resolve()));
  return { url: `http://127.0.0.1:${port}${SAMPLE}`, stop: () => child.kill() };
}

/** A GET with no headers of its own, as wrk sends. */
function plainGet(url: string): Promise<void> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { agent: false }, (response) => {
        response.resume();
        response.on("end", resolve);
      })
      .on("error", reject);
  });
}

async function main() {
  for (const tool of ["wrk", "nginx"]) {
    if (tool === "wrk" ? spawnSync("wrk", ["--version"]).error : !hasNginx()) {
      console.error(
        `bench:scale needs ${tool}: apt-get install ${tool === "nginx" ? "nginx-light" : tool}`,
      );
      process.exit(1);
    }
  }
  // The built app on a throwaway database with the demo newsroom, first with one worker.
  const harness = await startHarness({ GALLEY_WORKERS: "1" });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "galley-bench-scale-"));
  fs.chmodSync(dir, 0o755);
  try {
    // As wrk asks for it: no compression.
    const page = await fetch(`${harness.base}${SAMPLE}`, {
      headers: { "accept-encoding": "identity" },
    });
    const body = Buffer.from(await page.arrayBuffer());
    const headers: Record<string, string> = {};
    page.headers.forEach((value, name) => {
      if (
        !["date", "connection", "keep-alive", "transfer-encoding", "content-encoding"].includes(
          name,
        )
      )
        headers[name] = value;
    });
    const file = path.join(dir, SAMPLE.slice(1));
    fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o755 });
    fs.writeFileSync(file, body, { mode: 0o644 });
    // The reference is nginx as Debian ships it (sendfile, an access log); the same with
    // the log off and open_file_cache is shown beside it.
    const nginxPort = await findFreePort();
    const tunedPort = await findFreePort();
    const nginx = await startNginx(`
      sendfile on;
      tcp_nopush on;
      server {
        listen 127.0.0.1:${nginxPort};
        access_log {dir}/logs/access.log;
        location / { root ${dir}; default_type text/html; }
      }
      server {
        listen 127.0.0.1:${tunedPort};
        open_file_cache max=100;
        location / { root ${dir}; default_type text/html; }
      }`);
    const bare = await startBareNode(file, headers, 1);
    const bareCluster = await startBareNode(file, headers, defaultWorkerCount());
    const rows: Array<[string, Figures]> = [];
    let proxyCache: Nginx | undefined;
    try {
      const measure = (name: string, url: string) => rows.push([name, wrk(url)]);
      const nginxUrl = `http://127.0.0.1:${nginxPort}${SAMPLE}`;
      const tunedUrl = `http://127.0.0.1:${tunedPort}${SAMPLE}`;
      for (const url of [nginxUrl, tunedUrl, bare.url, bareCluster.url, `${harness.base}${SAMPLE}`])
        await fetch(url).then((response) => response.arrayBuffer());
      measure("nginx, the page from a file", nginxUrl);
      measure("nginx, no access log, open_file_cache", tunedUrl);
      measure("bare Node http, one process, from memory", bare.url);
      measure(`bare Node http, ${defaultWorkerCount()} processes (cluster)`, bareCluster.url);
      measure("Galley, GALLEY_WORKERS=1", `${harness.base}${SAMPLE}`);
      // Then with the shared nginx cache (deploy/nginx-cache.conf) in front of it.
      const cachePort = await findFreePort();
      proxyCache = await startGalleyNginx({
        file: "deploy/nginx-cache.conf",
        port: cachePort,
        upstreams: [new URL(harness.base).host],
      });
      const cachedUrl = `http://127.0.0.1:${cachePort}${SAMPLE}`;
      await harness.app.stop();
      harness.app = startApp({
        ...harness.env,
        GALLEY_WORKERS: "",
        GALLEY_PROXY_PURGE_URLS: `http://127.0.0.1:${cachePort}`,
      });
      await waitForApp(harness.app, `${harness.base}/api/health`);
      // Each worker warms its own cache (connections go to workers in turn).
      for (let i = 0; i < 200; i++) await (await fetch(`${harness.base}${SAMPLE}`)).arrayBuffer();
      measure(
        `Galley, GALLEY_WORKERS default (${defaultWorkerCount()})`,
        `${harness.base}${SAMPLE}`,
      );
      // Filled with wrk's own headers (none): fetch's would be another key.
      for (let i = 0; i < 3; i++) await plainGet(cachedUrl);
      measure("nginx cache in front of Galley (nginx-cache.conf)", cachedUrl);
      measure("nginx again (same run, after)", nginxUrl);
    } finally {
      await proxyCache?.stop();
      bare.stop();
      bareCluster.stop();
      await nginx.stop();
    }
    const reference = rows[0]![1].rps;
    const galley = rows.find(([name]) => name.includes("default"))![1];
    // nginx drifts within a run (another process's cache, the CPU's clock): the verdict
    // holds Galley against both of its runs.
    const after = rows.at(-1)![1].rps;
    console.log(
      `\nbench:scale on ${os.availableParallelism()} cores: the cached article page (${(body.length / 1024).toFixed(1)} KiB, no compression), wrk 2 threads, 64 connections, ${DURATION} s each`,
    );
    for (const [name, figures] of rows) {
      console.log(
        `  ${name.padEnd(46)} ${figures.rps.toFixed(0).padStart(7)} req/s  ${((figures.rps / reference) * 100).toFixed(0).padStart(3)} % of nginx   p99 ${figures.p99.toFixed(2)} ms${figures.errors ? `   (${figures.errors} non-2xx/3xx)` : ""}`,
      );
    }
    console.log(
      `  target: Galley ≥ 80 % of nginx's requests per second, p99 ≤ 10 ms: ${galley.rps >= Math.max(reference, after) * 0.8 && galley.p99 <= 10 ? "met" : "not met"} (${((galley.rps / reference) * 100).toFixed(0)} % of nginx's first run, ${((galley.rps / after) * 100).toFixed(0)} % of its second; p99 ${galley.p99.toFixed(2)} ms)`,
    );
  } finally {
    await harness.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
