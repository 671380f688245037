/**
 * `npm run bench:lighthouse`: Lighthouse 12.2.3 (its default mobile settings) on the
 * sample article page and the front page, in Debian's Chromium. Prints the four category
 * scores and the page weight; asserts nothing (target: 100 in all four, ≤ 100 KiB).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { isBuildStale, runBuild } from "../lib/runtime/build";
import { findFreePort } from "../lib/runtime/port";
import { startApp, waitForApp } from "../lib/testing/app-process";
import { createTestDatabase, startTestServer } from "../lib/testing/test-database";
import { root } from "./with-database";

const SAMPLE = "/articles/shi-xinguan-feiyan-yiqing-fangkong-gongzuo-lingdao-xiaozu-zhaokai-huiyi";
const SECRET = "bench-secret-that-is-long-enough-0123456789";
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;

async function main() {
  if (isBuildStale(root)) await runBuild(root);
  const server = await startTestServer();
  const database = await createTestDatabase(server.serverUrl);
  const port = await findFreePort();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "galley-bench-"));
  const app = startApp({
    DATABASE_URL: database.url,
    PORT: String(port),
    HOST: "127.0.0.1",
    NEXTAUTH_SECRET: SECRET,
    GALLEY_DATA_DIR: dataDir,
    GALLEY_DEMO: "1",
  });
  const base = `http://127.0.0.1:${port}`;
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu"],
  });
  try {
    await waitForApp(app, `${base}/api/health`);
    console.log(`\nbench:lighthouse (Lighthouse 12.2.3, mobile) on ${os.cpus().length} cores`);
    for (const target of [SAMPLE, `${SAMPLE}?script=hans`, "/"]) {
      await fetch(`${base}${target}`); // fill the page cache, as readers after the first find it
      const result = await lighthouse(`${base}${target}`, {
        port: chrome.port,
        output: "json",
        logLevel: "error",
      });
      const lhr = result!.lhr;
      const scores = CATEGORIES.map(
        (category) => `${category} ${Math.round((lhr.categories[category]?.score ?? 0) * 100)}`,
      );
      const weight = lhr.audits["total-byte-weight"]?.numericValue ?? NaN;
      console.log(`  ${target.length > 40 ? `${target.slice(0, 40)}…` : target}`);
      console.log(`    ${scores.join(" · ")} · ${(weight / 1024).toFixed(1)} KiB transferred`);
      for (const category of CATEGORIES) {
        const failing = lhr.categories[category]!.auditRefs.filter(
          (ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1,
        );
        for (const ref of failing)
          console.log(`      ${category}: ${ref.id} ${lhr.audits[ref.id]!.score}`);
      }
    }
  } finally {
    await chrome.kill();
    await app.stop();
    await database.drop();
    await server.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
