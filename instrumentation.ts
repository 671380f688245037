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
  const runner = await startJobRunner(process.env.DATABASE_URL);
  // "All stories" search: working copies are indexed a moment after their writer pauses.
  const { startWorkingCopyIndexer } = await import("./lib/server/search/index-working-copies");
  const { db } = await import("./lib/db");
  const { log } = await import("./lib/log");
  const stopIndexer = startWorkingCopyIndexer(db, {
    onError: (error) => log.warn({ err: error }, "indexing working copies failed; retrying"),
  });
  // Co-editing (lib/server/collab): the front server hands it the WebSocket upgrades of
  // /collab through the hook below.
  const { startCollab } = await import("./lib/server/collab/collab-server");
  const collab = startCollab(process.env.DATABASE_URL);
  (globalThis as { galleyCollab?: typeof collab }).galleyCollab = collab;
  const flags = globalThis as { galleyJobsRunning?: boolean };
  flags.galleyJobsRunning = true;
  void runner.promise.finally(() => (flags.galleyJobsRunning = false));
  // On shutdown (lib/runtime/app-server.ts): stop taking jobs and stop listening while
  // requests drain; once they have, close the database pool (before the embedded
  // PostgreSQL stops).
  const hooks = globalThis as {
    galleyStopJobs?: () => Promise<void>;
    galleyClosePool?: () => Promise<void>;
  };
  hooks.galleyStopJobs = async () => {
    stopIndexer();
    await Promise.all([runner.stop(), bus.stop(), collab.stop()]);
  };
  hooks.galleyClosePool = async () => {
    const { db } = await import("./lib/db");
    await db.$disconnect().catch(() => undefined);
  };
}
