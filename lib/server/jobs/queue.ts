import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

type Tx = Prisma.TransactionClient;

/** Task names the worker knows (lib/server/jobs/runner.ts). */
export const TASKS = {
  publishScheduled: "publish_scheduled",
  mediaVariants: "media_variants",
  discardEmptyDraft: "discard_empty_draft",
} as const;

export function publishJobKey(articleId: string): string {
  return `publish:${articleId}`;
}

/** One variants job per stored original, however many Media rows share it. */
export function mediaVariantsJobKey(checksum: string): string {
  return `variants:${checksum}`;
}

/**
 * Enqueues a job inside the caller's transaction (graphile-worker's add_job is SQL), so
 * the job exists exactly when the change that asked for it was committed. A job with the
 * same key is replaced: rescheduling moves the one job rather than adding a second.
 */
export async function enqueueJob(
  tx: Tx,
  task: string,
  payload: Record<string, unknown>,
  options: { runAt: Date; jobKey: string; maxAttempts?: number },
): Promise<void> {
  await tx.$executeRaw`select graphile_worker.add_job(
    ${task}::text,
    ${JSON.stringify(payload)}::json,
    run_at => ${options.runAt}::timestamptz,
    max_attempts => ${options.maxAttempts ?? 5}::int,
    job_key => ${options.jobKey}::text,
    job_key_mode => 'replace'
  )`;
}

/** Removes a pending job by key (a cancelled schedule); a job already running is left to finish. */
export async function removeJob(tx: Tx, jobKey: string): Promise<void> {
  await tx.$executeRaw`select graphile_worker.remove_job(${jobKey}::text)`;
}
