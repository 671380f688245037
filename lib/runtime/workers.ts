import cluster, { type Worker } from "node:cluster";
import os from "node:os";
import { log } from "../log";

/**
 * The front server in several processes (GALLEY_WORKERS), with Node's own `cluster`: the
 * primary prepares the database and the build once, then forks workers that each serve
 * the app on the shared port (the kernel hands each connection to one). Each worker
 * keeps its own page cache and hears every invalidation over PostgreSQL LISTEN, as
 * separate instances do; co-editing and live coverage already converge through the
 * database. The job queue and the search indexer run in worker 1 only (graphile-worker
 * would run each job once anyway; one runner spares connections and polling).
 */

/** The default: one worker per core, at most 8 (each holds a Next server and its pools). */
export function defaultWorkerCount(): number {
  return Math.min(8, Math.max(1, os.availableParallelism()));
}

/** Messages between the primary and its workers. */
type Message = { galley: "ready" } | { galley: "drain" };

const isMessage = (value: unknown, kind: Message["galley"]): boolean =>
  typeof value === "object" && value !== null && (value as Message).galley === kind;

/** In a worker: tell the primary this worker is serving, and drain when it says so. */
export function serveAsWorker(onDrain: () => Promise<void>): void {
  process.send?.({ galley: "ready" } satisfies Message);
  // Ctrl-C reaches the whole process group: the primary decides when workers stop.
  process.on("SIGINT", () => undefined);
  process.on("SIGTERM", () => undefined);
  process.on("message", (message) => {
    if (!isMessage(message, "drain")) return;
    void onDrain().finally(() => process.exit(0));
  });
  // The primary went away without a word (killed): nothing would stop this worker.
  process.on("disconnect", () => void onDrain().finally(() => process.exit(0)));
}

export type WorkerPool = {
  /** Drains every worker (requests in flight finish, jobs stop) and waits for them to exit. */
  stop(): Promise<void>;
};

/**
 * Forks `count` workers and resolves once all of them serve. A worker that dies later is
 * replaced (logged); one that fails before it is ready rejects the start with its exit.
 */
export function startWorkers(count: number, env: Record<string, string>): Promise<WorkerPool> {
  let stopping = false;
  // Workers accept from the shared socket themselves (not handed each connection by the
  // primary in turn): a connection can then never be handed to a worker that just died,
  // where it would hang unanswered.
  cluster.schedulingPolicy = cluster.SCHED_NONE;
  const live = new Set<Worker>();

  function fork(index: number): Worker {
    const worker = cluster.fork({
      ...env,
      GALLEY_WORKER_INDEX: String(index),
      // One job runner for the whole server (see above).
      GALLEY_RUN_JOBS: index === 1 ? "1" : "0",
    });
    live.add(worker);
    worker.once("exit", (code, signal) => {
      live.delete(worker);
      if (stopping || !ready.has(worker)) return;
      log.error({ worker: index, code, signal }, "a worker stopped; starting another");
      const next = fork(index);
      next.on("message", (message) => isMessage(message, "ready") && ready.add(next));
    });
    return worker;
  }

  const ready = new Set<Worker>();
  const starting = Array.from({ length: count }, (_, i) => {
    const worker = fork(i + 1);
    return new Promise<void>((resolve, reject) => {
      worker.on("message", (message) => {
        if (!isMessage(message, "ready")) return;
        ready.add(worker);
        resolve();
      });
      worker.once("exit", (code) => {
        if (!ready.has(worker)) reject(new Error(`worker ${i + 1} exited with code ${code}`));
      });
    });
  });

  const pool: WorkerPool = {
    async stop() {
      stopping = true;
      const exits = [...live].map(
        (worker) =>
          new Promise<void>((resolve) => {
            if (worker.isDead()) return resolve();
            worker.once("exit", () => resolve());
            worker.send({ galley: "drain" } satisfies Message, (error) => {
              if (error) worker.kill("SIGKILL");
            });
            // A worker's own drain gives up after 10 s; past 15 it is stuck.
            setTimeout(() => worker.kill("SIGKILL"), 15_000).unref();
          }),
      );
      await Promise.all(exits);
    },
  };
  return Promise.all(starting).then(
    () => pool,
    async (error: unknown) => {
      await pool.stop();
      throw error;
    },
  );
}

export const isWorker = () => cluster.isWorker;
