import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { ArticleStatus } from "@/lib/generated/prisma/client";
import { findTransition, type TransitionName } from "@/lib/workflow/article-workflow";
import { can, type Actor } from "@/lib/workflow/permissions";
import { recordAudit } from "../audit/record-audit";
import { authorize } from "../auth/authorize";
import { buildLiveSnapshot, snapshotSourceSelect } from "./build-live-snapshot";
import { accessSelect, toArticleAccess, isUuid } from "./load-article-access";

export type TransitionInput = {
  actor: Actor;
  articleId: string;
  transition: TransitionName;
  /** The version the person saw; a stale one is a conflict, never a silent overwrite. */
  version: number;
  note?: string;
  ip?: string | null;
};

/**
 * The only code that changes an article's status. In one transaction: a guarded update
 * on (id, status, version), a WorkflowEvent, and for publishing the new live snapshot.
 * Refusals (not visible, not allowed, wrong state, stale version) change nothing.
 */
export async function transitionArticle(
  input: TransitionInput,
): Promise<{ status: ArticleStatus; version: number }> {
  if (!isUuid(input.articleId)) throw new AppError("NOT_FOUND", "There is no such article.");
  const article = await db.article.findUnique({
    where: { id: input.articleId },
    select: { ...accessSelect, version: true },
  });
  const access = article && toArticleAccess(article);
  // Check before revealing that it exists: what you may not see is simply not found.
  if (!article || !access || !can(input.actor, "article.view", access)) {
    throw new AppError("NOT_FOUND", "There is no such article.");
  }
  const transition = findTransition(input.transition, article.status);
  if (!transition) {
    throw new AppError(
      "CONFLICT",
      `An article that is ${article.status.toLowerCase().replace("_", " ")} cannot be moved that way.`,
    );
  }
  await authorize(input.actor, transition.permission, {
    article: access,
    resourceType: "article",
    resourceId: input.articleId,
    ip: input.ip ?? null,
  });
  if (transition.name === "request-changes" && !input.note?.trim()) {
    throw new AppError("INVALID_INPUT", "Say what needs to change: a note is required.");
  }

  const now = new Date();
  const result = await db.$transaction(async (tx) => {
    const updated = await tx.article.updateMany({
      where: { id: input.articleId, status: transition.from, version: input.version },
      data: {
        status: transition.to,
        version: { increment: 1 },
        statusChangedAt: now,
        ...(transition.to === "UNPUBLISHED" ? { unpublishedAt: now } : {}),
      },
    });
    if (updated.count !== 1) {
      throw new AppError(
        "CONFLICT",
        "Someone changed this article since you opened it; reload to see the latest version.",
      );
    }
    await tx.workflowEvent.create({
      data: {
        articleId: input.articleId,
        fromStatus: transition.from,
        toStatus: transition.to,
        actorId: input.actor.id,
        note: input.note?.trim() || null,
      },
    });
    if (transition.to === "PUBLISHED") {
      const source = await tx.article.findUniqueOrThrow({
        where: { id: input.articleId },
        select: snapshotSourceSelect,
      });
      const last = await tx.publishedVersion.aggregate({
        where: { articleId: input.articleId },
        _max: { number: true },
      });
      await tx.publishedVersion.updateMany({
        where: { articleId: input.articleId, isLive: true },
        data: { isLive: false },
      });
      const number = (last._max.number ?? 0) + 1;
      const live = await tx.publishedVersion.create({
        data: buildLiveSnapshot(source, { number, now, actorId: input.actor.id }),
      });
      await tx.article.update({
        where: { id: input.articleId },
        data: {
          liveVersionId: live.id,
          publishedAt: source.publishedAt ?? now,
          ...(number > 1 ? { publicUpdatedAt: now } : {}),
        },
      });
    }
    if (transition.to === "UNPUBLISHED") {
      await tx.publishedVersion.updateMany({
        where: { articleId: input.articleId, isLive: true },
        data: { isLive: false },
      });
    }
    return tx.article.findUniqueOrThrow({
      where: { id: input.articleId },
      select: { status: true, version: true },
    });
  });
  await recordAudit({
    actorId: input.actor.id,
    action: transition.permission,
    outcome: "ALLOWED",
    resourceType: "article",
    resourceId: input.articleId,
    ip: input.ip ?? null,
    details: { transition: transition.name, from: transition.from, to: transition.to },
  });
  return result;
}
