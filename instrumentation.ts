/**
 * Runs once when the Next server starts: the job queue (scheduled publishing) lives in
 * the app's own process, with the same database client and use-cases as the pages.
 * The front server (lib/runtime/app-server.ts) stops it on shutdown via the hook below.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (!process.env.DATABASE_URL) return;
  const { startJobRunner } = await import("./lib/server/jobs/runner");
  const { startCacheBus } = await import("./lib/server/cache/cache-bus");
  const { clearLocal, invalidateLocal } = await import("./lib/server/cache/reader-cache");
  // Other instances' publishes reach this one's reader cache.
  const bus = startCacheBus(process.env.DATABASE_URL, {
    invalidate: invalidateLocal,
    clear: clearLocal,
  });
  // The front server's page cache hears the same invalidations on a connection of its
  // own, maybe first: it drops this process's data first, so that the page it renders
  // next is not made from data the bus has yet to drop (lib/runtime/page-server.ts).
  (globalThis as { galleyDataCache?: unknown }).galleyDataCache = {
    invalidate: invalidateLocal,
    clear: clearLocal,
  };
  // With several worker processes (lib/runtime/workers.ts) one of them runs the queue
  // and the indexer; the others only serve.
  const runsJobs = process.env.GALLEY_RUN_JOBS !== "0";
  const runner = runsJobs ? await startJobRunner(process.env.DATABASE_URL) : null;
  // "All stories" search: working copies are indexed a moment after their writer pauses.
  const { startWorkingCopyIndexer } = await import("./lib/server/search/index-working-copies");
  const { db } = await import("./lib/db");
  const { log } = await import("./lib/log");
  const stopIndexer = runsJobs
    ? startWorkingCopyIndexer(db, {
        onError: (error) => log.warn({ err: error }, "indexing working copies failed; retrying"),
      })
    : () => undefined;
  // Co-editing (lib/server/collab): the front server hands it the WebSocket upgrades of
  // /collab through the hook below.
  const { startCollab } = await import("./lib/server/collab/collab-server");
  const collab = startCollab(process.env.DATABASE_URL);
  (globalThis as { galleyCollab?: typeof collab }).galleyCollab = collab;
  const flags = globalThis as { galleyJobsRunning?: boolean };
  flags.galleyJobsRunning = runner !== null;
  void runner?.promise.finally(() => (flags.galleyJobsRunning = false));
  // On shutdown (lib/runtime/app-server.ts): stop taking jobs and stop listening while
  // requests drain; once they have, close the database pool (before the embedded
  // PostgreSQL stops).
  const hooks = globalThis as {
    galleyStopJobs?: () => Promise<void>;
    galleyClosePool?: () => Promise<void>;
  };
  hooks.galleyStopJobs = async () => {
    stopIndexer();
    await Promise.all([runner?.stop(), bus.stop(), collab.stop()]);
  };
  hooks.galleyClosePool = async () => {
    const { db } = await import("./lib/db");
    const { closeReplicas } = await import("./lib/reader-db");
    await Promise.all([db.$disconnect(), closeReplicas()]).catch(() => undefined);
  };
}
