import "server-only";
import { run, runOnce, type TaskList } from "graphile-worker";
import { db } from "@/lib/db";
import { log } from "@/lib/log";
import { quietLogger } from "@/lib/job-logger";
import { discardEmptyDraft } from "../articles/discard-empty-draft";
import { makeMediaVariants } from "./media-variants";
import { publishScheduled } from "./publish-scheduled";
import { TASKS } from "./queue";

/** Exported for tests, which run single tasks of it against their own database. */
export const taskList: TaskList = {
  [TASKS.publishScheduled]: async (payload, helpers) => {
    const { articleId } = payload as { articleId: string };
    const outcome = await publishScheduled(articleId, {
      isLastAttempt: helpers.job.attempts >= helpers.job.max_attempts,
    });
    helpers.logger.debug(`publish ${articleId}: ${outcome}`);
  },
  [TASKS.mediaVariants]: async (payload, helpers) => {
    const { checksum } = payload as { checksum: string };
    const outcome = await makeMediaVariants(checksum);
    helpers.logger.debug(`variants ${checksum}: ${outcome}`);
  },
  [TASKS.discardEmptyDraft]: async (payload, helpers) => {
    const { articleId } = payload as { articleId: string };
    helpers.logger.debug(`empty draft ${articleId}: ${await discardEmptyDraft(articleId)}`);
  },
};

export type JobRunner = {
  /** Settles when the queue has stopped. */
  promise: Promise<void>;
  /** Stops taking jobs, lets running ones finish, then publishes what fell due meanwhile. */
  stop(): Promise<void>;
};

/**
 * The PostgreSQL job queue, started with the app. Jobs that fell due while no instance
 * was running are taken on start; with several instances each job is locked by one.
 */
export async function startJobRunner(
  connectionString: string,
  options: { pollInterval?: number; releaseEvery?: number } = {},
): Promise<JobRunner> {
  const runner = await run({
    connectionString,
    concurrency: 4,
    // Future jobs are found by polling; one second keeps a schedule within ~1 s of its time.
    pollInterval: options.pollInterval ?? 1_000,
    noHandleSignals: true,
    taskList,
    logger: quietLogger,
  });
  const release = () =>
    releaseCrashedPublishes().catch((error: unknown) =>
      log.warn({ err: error }, "could not release the publishes of a stopped queue"),
    );
  await release();
  // An instance that died for good never starts again to release its own: every running
  // queue looks once a minute.
  const releasing = setInterval(() => void release(), options.releaseEvery ?? 60_000);
  releasing.unref();
  return {
    promise: runner.promise,
    async stop() {
      clearInterval(releasing);
      await runner.stop();
      await publishDueNow(connectionString);
    },
  };
}

/** How long a shutdown waits for the last publishes (the database may be away). */
const SWEEP_LIMIT_MS = 5_000;

/**
 * A story that fell due since the last poll would otherwise wait for the next start, and
 * a restart can take tens of seconds: the queue publishes it on the way down. Publishing
 * only; a media job can wait for the next start, and may take long.
 */
async function publishDueNow(connectionString: string): Promise<void> {
  const sweep = runOnce({
    connectionString,
    concurrency: 4,
    noHandleSignals: true,
    taskList: { [TASKS.publishScheduled]: taskList[TASKS.publishScheduled]! },
    logger: quietLogger,
  });
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<"limit">((resolve) => {
    timer = setTimeout(() => resolve("limit"), SWEEP_LIMIT_MS);
  });
  try {
    const outcome = await Promise.race([sweep, limit]);
    if (outcome === "limit")
      log.warn("stopping before every due story was published; the next start publishes them");
  } catch (error) {
    log.warn({ err: error }, "could not publish due stories on the way down; the next start will");
  } finally {
    clearTimeout(timer);
  }
}

/**
 * A queue that died mid-job (a crash, SIGKILL) leaves the job locked, and graphile-worker
 * frees such locks only after four hours: a story due then would miss its time by hours.
 * A publish takes milliseconds, so one locked for a minute belongs to a queue that is
 * gone; its locks are released (at start, then once a minute) and the next poll
 * publishes it. Should that queue be alive after all, the publish is safe to run twice
 * (publishScheduled).
 */
async function releaseCrashedPublishes(): Promise<void> {
  await db.$executeRaw`select graphile_worker.force_unlock_workers(array(
    select distinct locked_by from graphile_worker.jobs
     where task_identifier = ${TASKS.publishScheduled} and locked_at < now() - interval '1 minute'))`;
}
