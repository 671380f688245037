/**
 * `npm run bench:lighthouse`: Lighthouse 13.5.0 (its default mobile settings) on the
 * sample article page and the front page, in Debian's Chromium. Prints the four category
 * scores and the page weight; asserts nothing (target: 100 in all four, ≤ 100 KiB).
 */
import os from "node:os";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { startHarness } from "./reliability/harness";

const SAMPLE = "/articles/shi-xinguan-feiyan-yiqing-fangkong-gongzuo-lingdao-xiaozu-zhaokai-huiyi";
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;

async function main() {
  // The built app on a throwaway database, seeded with the demo newsroom.
  const harness = await startHarness();
  const { base } = harness;
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu"],
  });
  try {
    console.log(`\nbench:lighthouse (mobile) on ${os.cpus().length} cores`);
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
      if (target === SAMPLE) console.log(`  Lighthouse ${lhr.lighthouseVersion}`);
      console.log(`  ${target.length > 40 ? `${target.slice(0, 40)}…` : target}`);
      console.log(`    ${scores.join(" · ")} · ${(weight / 1024).toFixed(1)} KiB transferred`);
      for (const category of CATEGORIES) {
        const failing = lhr.categories[category]!.auditRefs.filter(
          (ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1,
        );
        for (const ref of failing) {
          const audit = lhr.audits[ref.id]!;
          console.log(`      ${category}: ${ref.id} ${audit.score}`);
          // Which elements, for an audit that names them (accessibility's do).
          const items = (audit.details as { items?: Array<{ node?: { snippet?: string } }> })
            ?.items;
          for (const item of items?.slice(0, 5) ?? [])
            if (item.node?.snippet) console.log(`        ${item.node.snippet.slice(0, 160)}`);
        }
      }
    }
  } finally {
    await chrome.kill();
    await harness.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
