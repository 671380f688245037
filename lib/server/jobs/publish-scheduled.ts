import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { log } from "@/lib/log";
import { SCHEDULER, transitionArticle } from "../articles/transition-article";
import { notify } from "../notifications/notify";

export type PublishOutcome = "published" | "not-scheduled" | "not-due" | "failed";

/**
 * Publishes a scheduled article whose time has come. Safe to run more than once and on
 * several instances at once: the transition's guarded update lets exactly one publish
 * happen, and a run that finds the article no longer scheduled does nothing. A refusal
 * (an embargo set later, a rule the article now breaks) is recorded on the article and
 * told to editors; anything else (the database away) is thrown so the queue retries.
 */
export async function publishScheduled(
  articleId: string,
  options: { isLastAttempt: boolean },
): Promise<PublishOutcome> {
  for (let attempt = 0; ; attempt++) {
    const article = await db.article.findUnique({
      where: { id: articleId },
      select: { status: true, version: true, scheduledAt: true },
    });
    if (!article || article.status !== "SCHEDULED") return "not-scheduled";
    if (article.scheduledAt && article.scheduledAt.getTime() > Date.now() + 1_000) return "not-due";
    try {
      await transitionArticle({
        actor: SCHEDULER,
        articleId,
        transition: "publish",
        version: article.version,
      });
      return "published";
    } catch (error) {
      // Someone saved between our read and the update: read again and publish that.
      const isStale =
        error instanceof AppError && error.code === "CONFLICT" && /changed/.test(error.message);
      if (isStale && attempt < 5) continue;
      if (error instanceof AppError || options.isLastAttempt) {
        await recordFailure(articleId, error);
        return "failed";
      }
      throw error;
    }
  }
}

async function recordFailure(articleId: string, error: unknown): Promise<void> {
  const reason =
    error instanceof AppError ? error.message : "The database could not be reached in time.";
  log.warn({ err: error, articleId }, "scheduled publish failed");
  await db.$transaction(async (tx) => {
    const updated = await tx.article.updateMany({
      where: { id: articleId, status: "SCHEDULED" },
      data: { scheduleError: reason, scheduleFailedAt: new Date() },
    });
    if (updated.count === 0) return;
    await notify(tx, {
      kind: "SCHEDULE_FAILED",
      articleId,
      audience: "owners-and-desk",
      actorId: null,
      message: reason,
    });
  });
}
