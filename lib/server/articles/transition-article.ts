import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { ArticleStatus } from "@/lib/generated/prisma/client";
import { findTransition, type TransitionName } from "@/lib/workflow/article-workflow";
import { type Actor } from "@/lib/workflow/permissions";
import { instantToWallTime, newsroomTimeZone } from "@/lib/time-zone";
import { recordAudit } from "../audit/record-audit";
import { authorize } from "../auth/authorize";
import { invalidateArticle } from "../cache/reader-cache";
import { assertPublishChecks } from "./publish-checks";
import { applyTransitionEffects } from "./transition-effects";
import { loadViewableArticle } from "./viewable-article";

/** The job queue acting on a schedule someone set: no person, no permission check. */
export const SCHEDULER = "scheduler" as const;

export type TransitionInput = {
  actor: Actor | typeof SCHEDULER;
  articleId: string;
  transition: TransitionName;
  /** The version the person saw; a stale one is a conflict, never a silent overwrite. */
  version: number;
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

function formatInZone(date: Date): string {
  const zone = newsroomTimeZone();
  return `${instantToWallTime(date, zone).replace("T", " ")} (${zone})`;
}

/**
 * The only code that changes an article's status. In one transaction: a guarded update
 * on (id, status, version), a WorkflowEvent, and the transition's effects (live snapshot,
 * scheduler job, notifications). Refusals (not visible, not allowed, wrong state, stale
 * version, embargo, past schedule time) change nothing.
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
  const transition = findTransition(input.transition, article.status);
  if (!transition) {
    throw new AppError(
      "CONFLICT",
      `This article is ${STATE_WORDS[article.status]}, so it cannot be moved that way.`,
      { reason: "wrongState" },
    );
  }
  if (actor) {
    await authorize(actor, transition.permission, {
      article: access,
      resourceType: "article",
      resourceId: input.articleId,
      ip: input.ip ?? null,
      details: { transition: transition.name },
    });
  }
  const now = new Date();
  const note = input.note?.trim() || null;
  checkInput(input, note, article.embargoUntil, now);
  // Read after the version the person saw: should the copy change before the guarded
  // update below, that update fails as stale, so what was checked is what goes live.
  await assertPublishChecks(input.articleId, {
    transition: transition.name,
    waiveStages: transition.name === "publish-now",
  });

  const scheduledAt = transition.name === "schedule" ? (input.scheduledAt ?? null) : null;
  const result = await db.$transaction(async (tx) => {
    const updated = await tx.article.updateMany({
      where: { id: input.articleId, status: transition.from, version: input.version },
      data: {
        status: transition.to,
        version: { increment: 1 },
        statusChangedAt: now,
        ...(transition.to === "UNPUBLISHED" ? { unpublishedAt: now } : {}),
        ...(transition.name === "schedule"
          ? { scheduledAt, scheduleError: null, scheduleFailedAt: null }
          : {}),
        ...(transition.name === "cancel-schedule" ? { scheduledAt: null } : {}),
      },
    });
    if (updated.count !== 1) {
      throw new AppError(
        "CONFLICT",
        "Someone changed this article since you opened it; reload to see the latest version.",
        { reason: "stale" },
      );
    }
    await tx.workflowEvent.create({
      data: {
        articleId: input.articleId,
        fromStatus: transition.from,
        toStatus: transition.to,
        actorId: actor?.id ?? null,
        note: transition.name === "schedule" && scheduledAt ? (note ?? null) : note,
      },
    });
    await applyTransitionEffects(tx, {
      articleId: input.articleId,
      transition,
      actorId: actor?.id ?? null,
      note,
      scheduledAt,
      now,
    });
    return tx.article.findUniqueOrThrow({
      where: { id: input.articleId },
      select: { status: true, version: true, slug: true },
    });
  });
  if (transition.to === "PUBLISHED" || transition.to === "UNPUBLISHED") {
    await invalidateArticle({ articleId: input.articleId, slugs: [article.slug, result.slug] });
  }
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
      ...(actor ? {} : { by: SCHEDULER }),
    },
  });
  return { status: result.status, version: result.version };
}

/** Refusals that depend on the request, not the state: all before anything is written. */
function checkInput(
  input: TransitionInput,
  note: string | null,
  embargoUntil: Date | null,
  now: Date,
): void {
  if (input.transition === "request-changes" && !note) {
    throw new AppError("INVALID_INPUT", "Say what needs to change: a note is required.", {
      reason: "noteRequired",
    });
  }
  if (input.transition === "schedule") {
    const at = input.scheduledAt;
    if (!at || Number.isNaN(at.getTime())) {
      throw new AppError("INVALID_INPUT", "Choose the date and time to publish at.", {
        reason: "noTime",
      });
    }
    if (at.getTime() <= now.getTime()) {
      throw new AppError(
        "INVALID_INPUT",
        "That time has already passed: choose a time in the future.",
        { reason: "pastTime" },
      );
    }
    if (embargoUntil && at < embargoUntil) {
      throw new AppError(
        "CONFLICT",
        `This article is under embargo until ${formatInZone(embargoUntil)}: schedule it for then or later.`,
        { reason: "embargoSchedule", until: embargoUntil.toISOString() },
      );
    }
  }
  if (input.transition === "publish" && embargoUntil && embargoUntil > now) {
    throw new AppError(
      "CONFLICT",
      `This article is under embargo until ${formatInZone(embargoUntil)} and cannot be published before then.`,
      { reason: "embargo", until: embargoUntil.toISOString() },
    );
  }
}
