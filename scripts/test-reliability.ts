/**
 * `npm run test:reliability [-- --quick] [-- --case NAME]`: the reliability promises, each
 * case on the real stack (built app, real PostgreSQL), each reporting a figure and failing
 * when its promise breaks. `--quick` is the form CI runs; `--case` runs the cases whose
 * name contains NAME (while working on one).
 */
import { autosaveCrash } from "./reliability/autosave-crash";
import { coeditingCrash } from "./reliability/coediting-crash";
import { concurrentEdits } from "./reliability/concurrent-edits";
import { twoInstances } from "./reliability/two-instances";
import { offlineClient } from "./reliability/offline-client";
import { databaseOutage } from "./reliability/database-outage";
import { startHarness, type CaseResult, type Harness } from "./reliability/harness";
import { hostileInput } from "./reliability/hostile-input";
import { load } from "./reliability/load";
import { permissions } from "./reliability/permissions";
import { replicas } from "./reliability/replicas";
import { printTable } from "./reliability/table";
import { xss } from "./reliability/xss";
import { scheduledRestart } from "./reliability/scheduled-restart";
import { workers } from "./reliability/workers";

type Case = { name: string; run: (harness: Harness) => Promise<CaseResult> };

function cases(quick: boolean): Case[] {
  return [
    { name: "concurrent edits", run: (h) => concurrentEdits(h, 50) },
    { name: "hostile input", run: (h) => hostileInput(h, quick ? 600 : 1_500) },
    {
      name: "autosave crash",
      run: (h) =>
        autosaveCrash(h, quick ? { editors: 30, seconds: 20 } : { editors: 30, seconds: 60 }),
    },
    {
      name: "co-editing crash",
      run: (h) =>
        coeditingCrash(h, quick ? { editors: 20, seconds: 15 } : { editors: 20, seconds: 60 }),
    },
    { name: "two instances", run: (h) => twoInstances(h, quick ? 20 : 100) },
    { name: "workers", run: (h) => workers(h) },
    { name: "offline co-editor", run: (h) => offlineClient(h, quick ? 20 : 60) },
    { name: "xss", run: (h) => xss(h, quick ? 30 : 100) },
    { name: "permissions", run: (h) => permissions(h) },
    // The load case runs only in the full suite: on a 2-core CI machine the load generator
    // shares the CPU with the app, and its figure belongs in the documented full run.
    ...(quick
      ? []
      : [
          {
            name: "load",
            run: (h: Harness) => load(h, { readers: 200, editors: 20, seconds: 60 }),
          },
        ]),
    {
      name: "scheduled publishing",
      run: (h) =>
        scheduledRestart(
          h,
          quick ? { articles: 30, windowSeconds: 20 } : { articles: 100, windowSeconds: 60 },
        ),
    },
  ];
}

async function main() {
  const quick = process.argv.includes("--quick");
  const at = process.argv.indexOf("--case");
  const only = at > 0 ? (process.argv[at + 1] ?? "").toLowerCase() : "";
  const chosen = cases(quick).filter((c) => c.name.includes(only));
  const results: CaseResult[] = [];
  if (chosen.length) {
    const harness = await startHarness();
    try {
      for (const c of chosen) results.push(await c.run(harness));
    } finally {
      await harness.close();
    }
  }
  // On its own embedded PostgreSQL, which it stops and starts.
  if ("database outage".includes(only)) results.push(await databaseOutage(10));
  // On its own primary and hot standby, whose replay it pauses and which it stops.
  if ("read replicas".includes(only)) results.push(await replicas({ updates: quick ? 4 : 15 }));
  printTable(`test:reliability${quick ? " --quick" : ""}`, results);
  if (results.some((result) => !result.ok)) process.exit(1);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
