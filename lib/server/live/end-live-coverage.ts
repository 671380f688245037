import "server-only";
import { cacheTags } from "@/lib/cache-tags";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/workflow/permissions";
import { recordAudit } from "../audit/record-audit";
import { authorize } from "../auth/authorize";
import { invalidateCoverage, liveRefusal, loadCoverage } from "./live-coverage";

/**
 * "End coverage" (ended: true): no new updates, and the page says when it ended.
 * "Reopen coverage" (false) takes it back. One guarded update each: ending twice, or
 * reopening what is running, is refused with a sentence and writes nothing.
 */
export async function endLiveCoverage(input: {
  actor: Actor;
  articleId: string;
  ended: boolean;
  ip?: string | null;
}): Promise<{ endedAt: Date | null }> {
  const { article, access } = await loadCoverage(input.actor, input.articleId);
  await authorize(input.actor, "live.manage", {
    article: access,
    resourceType: "article",
    resourceId: article.id,
    ip: input.ip ?? null,
  });
  if (article.status !== "PUBLISHED")
    throw liveRefusal(
      "CONFLICT",
      "notOpen",
      "The coverage is not published: there is nothing to end or reopen.",
    );
  const endedAt = input.ended ? new Date() : null;
  const result = await db.article.updateMany({
    where: {
      id: article.id,
      status: "PUBLISHED",
      liveEndedAt: input.ended ? null : { not: null },
    },
    data: { liveEndedAt: endedAt },
  });
  if (result.count === 0)
    throw input.ended
      ? liveRefusal("CONFLICT", "ended", "The coverage has already ended.")
      : liveRefusal("CONFLICT", "notEnded", "The coverage is running: there is nothing to reopen.");
  // The home page lists running coverage; the news sitemap lists it while it runs.
  invalidateCoverage(article, [cacheTags.home]);
  await recordAudit({
    actorId: input.actor.id,
    action: "live.manage",
    outcome: "ALLOWED",
    resourceType: "article",
    resourceId: article.id,
    ip: input.ip ?? null,
    details: { step: input.ended ? "end" : "reopen" },
  });
  return { endedAt };
}
