import type { CaseResult } from "./harness";

/** The suite's summary: case, load, faults injected, requests, errors, data lost; then figures. */
export function printTable(title: string, results: CaseResult[]): void {
  const header = ["", "case", "load", "faults injected", "requests", "errors", "data lost"];
  const rows = results.map((r) => [
    r.ok ? "✓" : "✘",
    r.name,
    r.load,
    r.faults,
    r.requests.toLocaleString("en"),
    String(r.errors),
    String(r.dataLost),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => cells.map((cell, i) => cell.padEnd(widths[i]!)).join("  ");
  console.log(`\n${title}\n`);
  console.log(line(header));
  console.log(widths.map((w) => "─".repeat(w)).join("  "));
  for (const row of rows) console.log(line(row));
  console.log("");
  for (const result of results) {
    console.log(`  ${result.ok ? "✓" : "✘"} ${result.name}: ${result.figure}`);
    for (const problem of result.problems) console.log(`      ${problem}`);
  }
}
