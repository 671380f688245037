import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { type Actor } from "@/lib/workflow/permissions";
import { recordAudit } from "../audit/record-audit";
import { authorize } from "../auth/authorize";
import { loadViewableArticle } from "./viewable-article";

/**
 * Sets or lifts an article's embargo (null lifts it). Not a content change, so the
 * working copy's version is untouched and open editors keep saving. An embargo later
 * than the article's scheduled time is refused: the schedule would fail at its time.
 */
export async function setEmbargo(
  actor: Actor,
  articleId: string,
  embargoUntil: Date | null,
  ip: string | null = null,
): Promise<{ embargoUntil: Date | null }> {
  const { article, access } = await loadViewableArticle(actor, articleId, { scheduledAt: true });
  await authorize(actor, "article.schedule", {
    article: access,
    resourceType: "article",
    resourceId: articleId,
    ip,
    details: { step: "embargo" },
  });
  if (embargoUntil && Number.isNaN(embargoUntil.getTime())) {
    throw new AppError("INVALID_INPUT", "Choose the date and time the embargo ends.", {
      reason: "noTime",
    });
  }
  if (
    embargoUntil &&
    article.status === "SCHEDULED" &&
    article.scheduledAt &&
    article.scheduledAt < embargoUntil
  ) {
    throw new AppError(
      "CONFLICT",
      "The article is scheduled before that time: cancel the schedule or schedule it later first.",
      { reason: "embargoAfterSchedule" },
    );
  }
  const updated = await db.article.update({
    where: { id: articleId },
    data: { embargoUntil },
    select: { embargoUntil: true },
  });
  await recordAudit({
    actorId: actor.id,
    action: "article.embargo",
    outcome: "ALLOWED",
    resourceType: "article",
    resourceId: articleId,
    ip,
    details: { embargoUntil: embargoUntil?.toISOString() ?? null },
  });
  return updated;
}
