import "server-only";
import { announceAccessChange } from "../collab/body-store";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { Prisma, type ArticleStatus } from "@/lib/generated/prisma/client";
import { findTransition, type TransitionName } from "@/lib/workflow/article-workflow";
import { type Actor } from "@/lib/workflow/permissions";
import { mayPassCurrentStage, type ReviewPosition } from "@/lib/workflow/review-chain";
import { recordAudit } from "../audit/record-audit";
import { authorize } from "../auth/authorize";
import { invalidateArticle } from "../cache/reader-cache";
import { assertPublishChecks } from "./publish-checks";
import { positionOnSubmission } from "./review-stages";
import { applyTransitionEffects } from "./transition-effects";
import { checkTransitionInput } from "./transition-input";
import { loadViewableArticle } from "./viewable-article";

/** The job queue acting on a schedule someone set: no person, no permission check. */
export const SCHEDULER = "scheduler" as const;

export type TransitionInput = {
  actor: Actor | typeof SCHEDULER;
  articleId: string;
  transition: TransitionName;
  /** The version the person saw; a stale one is a conflict, never a silent overwrite. */
  version: number;
  /** Required to send back (what to change) and to publish now (why it cannot wait). */
  note?: string;
  /** For "schedule": when to publish. */
  scheduledAt?: Date;
  ip?: string | null;
};

const STATE_WORDS: Record<ArticleStatus, string> = {
  DRAFT: "a draft",
  SUBMITTED: "in review",
  CHANGES_REQUESTED: "waiting for changes",
  APPROVED: "approved",
  SCHEDULED: "scheduled",
  PUBLISHED: "published",
  UNPUBLISHED: "unpublished",
  ARCHIVED: "archived",
};

/**
 * The only code that changes an article's status. In one transaction: a guarded update
 * on (id, status, review stage, version), a WorkflowEvent, and the transition's effects
 * (live snapshot, scheduler job, revision, sign-off, notifications). Refusals (not
 * visible, not allowed, wrong state or stage, stale version, embargo, failing checks,
 * past schedule time) change nothing.
 */
export async function transitionArticle(
  input: TransitionInput,
): Promise<{ status: ArticleStatus; version: number }> {
  const actor = input.actor === SCHEDULER ? null : input.actor;
  const { article, access } = await loadViewableArticle(actor, input.articleId, {
    version: true,
    embargoUntil: true,
    slug: true,
  });
  const before = access.review;
  const transition = findTransition(input.transition, article.status, before);
  if (!transition) {
    throw new AppError(
      "CONFLICT",
      `This article is ${STATE_WORDS[article.status]}, so it cannot be moved that way.`,
      { reason: "wrongState" },
    );
  }
  if (actor) {
    const outOfStage = before !== null && !mayPassCurrentStage(actor, before);
    await authorize(actor, transition.permission, {
      article: access,
      resourceType: "article",
      resourceId: input.articleId,
      ip: input.ip ?? null,
      details: { transition: transition.name },
      ...(outOfStage ? { message: "This story is at a review stage you may not pass." } : {}),
    });
  }
  const now = new Date();
  const note = input.note?.trim() || null;
  checkTransitionInput(input, note, article.embargoUntil, now);
  // Read after the version the person saw: should the copy change before the guarded
  // update below, that update fails as stale, so what was checked is what goes live.
  await assertPublishChecks(input.articleId, {
    transition: transition.name,
    waiveStages: transition.name === "publish-now",
  });

  const scheduledAt = transition.name === "schedule" ? (input.scheduledAt ?? null) : null;
  const result = await db.$transaction(async (tx) => {
    const entering =
      transition.name === "submit" || (transition.name === "publish-now" && !before)
        ? await positionOnSubmission(tx, input.articleId)
        : null;
    const after = transition.name === "submit" ? entering : positionAfter(transition.name, before);
    const updated = await tx.article.updateMany({
      where: {
        id: input.articleId,
        status: transition.from,
        version: input.version,
        // As stored: a story put in review before stages has none, and sits in the first.
        ...(before ? { reviewStage: article.reviewStage } : {}),
      },
      data: {
        status: transition.to,
        version: { increment: 1 },
        statusChangedAt: now,
        reviewStage: after?.index ?? null,
        reviewChain: after ? (after.chain as Prisma.InputJsonValue) : Prisma.DbNull,
        ...(transition.to === "UNPUBLISHED" ? { unpublishedAt: now } : {}),
        ...(transition.name === "schedule"
          ? { scheduledAt, scheduleError: null, scheduleFailedAt: null }
          : {}),
        ...(transition.name === "cancel-schedule" ? { scheduledAt: null } : {}),
      },
    });
    if (updated.count !== 1)
      throw await refusalOfLostRace(input.articleId, transition.from, article.reviewStage);
    await tx.workflowEvent.create({
      data: {
        articleId: input.articleId,
        fromStatus: transition.from,
        toStatus: transition.to,
        transition: transition.name,
        actorId: actor?.id ?? null,
        note,
        // The move's instant, shared with its sign-offs, so the timeline keeps them together.
        createdAt: now,
      },
    });
    await applyTransitionEffects(tx, {
      articleId: input.articleId,
      transition,
      actorId: actor?.id ?? null,
      note,
      scheduledAt,
      now,
      before,
      after,
      skippedChain: transition.name === "publish-now" ? (entering?.chain ?? null) : null,
    });
    return tx.article.findUniqueOrThrow({
      where: { id: input.articleId },
      select: { status: true, version: true, slug: true },
    });
  });
  // A chain of one (the desk's single review) names nothing the step does not already say.
  const stageLeft = before && before.chain.length > 1 ? before.chain[before.index] : undefined;
  if (transition.to === "PUBLISHED" || transition.to === "UNPUBLISHED") {
    await invalidateArticle({ articleId: input.articleId, slugs: [article.slug, result.slug] });
  }
  // Who may type in the body may have changed with the state: co-editing connections ask again.
  await announceAccessChange(input.articleId).catch(() => undefined);
  await recordAudit({
    actorId: actor?.id ?? null,
    action: transition.permission,
    outcome: "ALLOWED",
    resourceType: "article",
    resourceId: input.articleId,
    ip: input.ip ?? null,
    details: {
      transition: transition.name,
      from: transition.from,
      to: transition.to,
      // The stage moved out of, as it was named then: the audit log shows it by name.
      ...(stageLeft ? { stage: stageLeft.key, stageName: stageLeft.name } : {}),
      ...(actor ? {} : { by: SCHEDULER }),
    },
  });
  return { status: result.status, version: result.version };
}

/** Where a move within review leaves the story: the next or previous stage, or out of review. */
function positionAfter(name: TransitionName, before: ReviewPosition | null): ReviewPosition | null {
  if (!before) return null;
  if (name === "pass") return { ...before, index: before.index + 1 };
  if (name === "send-back") return { ...before, index: before.index - 1 };
  return null;
}

/**
 * The guarded update found nothing: someone moved the story first. Two people passing
 * the same stage at once get exactly one pass; the other is told the stage has moved
 * rather than that "someone changed the article".
 */
async function refusalOfLostRace(
  articleId: string,
  from: ArticleStatus,
  stageBefore: number | null,
): Promise<AppError> {
  const now = await db.article.findUnique({
    where: { id: articleId },
    select: { status: true, reviewStage: true },
  });
  if (from === "SUBMITTED" && now && (now.status !== from || now.reviewStage !== stageBefore)) {
    return new AppError(
      "CONFLICT",
      "Someone passed or moved this stage a moment ago: reload to see where the story is now.",
      { reason: "alreadyPassed" },
    );
  }
  return new AppError(
    "CONFLICT",
    "Someone changed this article since you opened it; reload to see the latest version.",
    { reason: "stale" },
  );
}
