import fs from "node:fs";

/** The live child processes of `pid` (a cluster primary's workers). */
export function childPids(pid: number | undefined): number[] {
  if (!pid) return [];
  const children: number[] = [];
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      // Fields after the command's closing parenthesis: state, ppid, …
      const [state, ppid] = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      if (Number(ppid) === pid && state !== "Z") children.push(Number(entry));
    } catch {
      // the process ended while we looked
    }
  }
  return children;
}

/**
 * The cluster workers among `pid`'s children: those forked with a worker number. The
 * primary may have other children (tsx's esbuild service, after a source changed).
 */
export function workerPids(pid: number | undefined): number[] {
  return childPids(pid).filter((child) => workerIndex(child) !== null);
}

/** A worker's number (GALLEY_WORKER_INDEX in its environment), or null. */
export function workerIndex(pid: number): number | null {
  try {
    const index = /(?:^|\0)GALLEY_WORKER_INDEX=(\d+)/.exec(
      fs.readFileSync(`/proc/${pid}/environ`, "latin1"),
    )?.[1];
    return index === undefined ? null : Number(index);
  } catch {
    return null; // ended while we looked
  }
}

/** Resident memory of a process and all its descendants, in MB. */
export function treeRssMb(pid: number | undefined): number {
  if (!pid) return NaN;
  let kb = 0;
  const visit = (id: number) => {
    try {
      kb += Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${id}/status`, "utf8"))?.[1] ?? 0);
    } catch {
      return;
    }
    for (const child of childPids(id)) visit(child);
  };
  visit(pid);
  return kb / 1024;
}

/** Resident memory of `pid` and of each of its children, in MB, by pid. */
export function processRssMb(pid: number | undefined): Map<number, number> {
  const sizes = new Map<number, number>();
  if (!pid) return sizes;
  for (const id of [pid, ...childPids(pid)]) {
    try {
      const status = fs.readFileSync(`/proc/${id}/status`, "utf8");
      sizes.set(id, Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024);
    } catch {
      // ended while we looked
    }
  }
  return sizes;
}
