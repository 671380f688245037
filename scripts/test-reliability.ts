/**
 * `npm run test:reliability [-- --quick]`: the reliability promises, each case on the
 * real stack (built app, real PostgreSQL), each reporting a figure and failing when its
 * promise breaks. `--quick` is the form CI runs.
 */
import { concurrentEdits } from "./reliability/concurrent-edits";
import { startHarness, type CaseResult } from "./reliability/harness";
import { hostileInput } from "./reliability/hostile-input";

async function main() {
  const quick = process.argv.includes("--quick");
  const harness = await startHarness();
  const results: CaseResult[] = [];
  try {
    results.push(await concurrentEdits(harness, 50));
    results.push(await hostileInput(harness, quick ? 1_000 : 3_000));
  } finally {
    await harness.close();
  }
  console.log(`\ntest:reliability${quick ? " --quick" : ""}`);
  for (const result of results) {
    console.log(`  ${result.ok ? "✓" : "✘"} ${result.name}: ${result.figure}`);
    for (const problem of result.problems) console.log(`      ${problem}`);
  }
  if (results.some((result) => !result.ok)) process.exit(1);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
