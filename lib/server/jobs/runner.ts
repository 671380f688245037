import "server-only";
import { run, type Runner, type TaskList } from "graphile-worker";
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

/**
 * The PostgreSQL job queue, started with the app. Jobs that fell due while no instance
 * was running are taken on start; with several instances each job is locked by one.
 */
export async function startJobRunner(connectionString: string): Promise<Runner> {
  return run({
    connectionString,
    concurrency: 4,
    // Future jobs are found by polling; one second keeps a schedule within ~1 s of its time.
    pollInterval: 1_000,
    noHandleSignals: true,
    taskList,
    logger: quietLogger,
  });
}
