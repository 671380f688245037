/**
 * Runs once when the Next server starts: the job queue (scheduled publishing) lives in
 * the app's own process, with the same database client and use-cases as the pages.
 * The front server (lib/runtime/app-server.ts) stops it on shutdown via the hook below.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.GALLEY_JOBS === "0" || !process.env.DATABASE_URL) return;
  const { startJobRunner } = await import("./lib/server/jobs/runner");
  const runner = await startJobRunner(process.env.DATABASE_URL);
  (globalThis as { galleyStopJobs?: () => Promise<void> }).galleyStopJobs = () => runner.stop();
}
