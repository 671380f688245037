import { findFreePort } from "../../lib/runtime/port";
import { startApp, waitForApp } from "../../lib/testing/app-process";
import { percentile } from "../bench-figures";
import { twoCoEditors } from "./collab-client";
import type { CaseResult, Harness } from "./harness";

/**
 * Two app instances on one database, as behind a load balancer: co-editors connected to
 * different instances type in the same paragraph and must converge (through PostgreSQL:
 * each stored update is announced with NOTIFY and applied by the other instance).
 */
export async function twoInstances(harness: Harness, rounds: number): Promise<CaseResult> {
  const port = await findFreePort();
  const second = startApp({ ...harness.env, PORT: String(port) });
  const secondBase = `http://127.0.0.1:${port}`;
  const problems: string[] = [];
  const latencies: number[] = [];
  try {
    await waitForApp(second, `${secondBase}/api/health`);
    const { clients, joined } = await twoCoEditors(harness, [harness.base, secondBase]);
    const [a, b] = clients;
    if (!joined) problems.push("a co-editor could not join its instance");
    // Each round: one types on instance 1, the other on instance 2, at the same moment.
    for (let round = 0; round < rounds && problems.length === 0; round++) {
      const started = performance.now();
      a.type(`〔A${round}〕`);
      b.type(`〔B${round}〕`);
      const deadline = started + 5_000;
      while (performance.now() < deadline) {
        const [ta, tb] = [a.text(), b.text()];
        if (ta === tb && ta.includes(`〔A${round}〕`) && ta.includes(`〔B${round}〕`)) break;
        await new Promise((resolve) => setTimeout(resolve, 2));
      }
      const converged = a.text() === b.text();
      if (!converged)
        problems.push(`round ${round}: the instances' co-editors did not converge in 5 s`);
      latencies.push(performance.now() - started);
    }
    a.destroy();
    b.destroy();
  } finally {
    await second.stop();
  }
  return {
    name: "two instances",
    load: `2 co-editors on 2 app instances, ${rounds} rounds of simultaneous typing`,
    faults: "none",
    requests: rounds * 2,
    errors: problems.length,
    dataLost: problems.length,
    ok: problems.length === 0 && latencies.length === rounds,
    figure: `converged in every round: p50 ${percentile(latencies, 50).toFixed(1)} ms, p95 ${percentile(latencies, 95).toFixed(1)} ms`,
    problems,
  };
}
