import "server-only";
import type { PublishChecksConfig } from "@/lib/content/publish-checks";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { TPublishChecksForm } from "@/lib/schemas/publish-checks";
import type { Actor } from "@/lib/workflow/permissions";
import { recordAudit } from "../audit/record-audit";
import { authorize } from "../auth/authorize";

/**
 * Sets which pre-publish checks a section applies and its headline limit (`review.manage`,
 * admins only). Guarded by `reviewChainVersion`, which the review chain's page shares and
 * this bumps, in one statement: a form loaded before someone else's save changes nothing.
 * - FORBIDDEN (audited, step "review-manage") for anyone but an admin;
 * - NOT_FOUND when the section does not exist;
 * - CONFLICT (reason "stale") when the section was saved since the form was loaded.
 */
export async function updatePublishChecks(
  actor: Actor,
  input: TPublishChecksForm,
  ip: string | null = null,
): Promise<{ version: number }> {
  await authorize(actor, "review.manage", {
    resourceType: "section",
    resourceId: input.sectionId,
    ip,
    details: { step: "review-manage" },
  });
  const config: PublishChecksConfig = { checks: input.checks, headlineLimit: input.headlineLimit };
  const { count } = await db.section.updateMany({
    where: { id: input.sectionId, reviewChainVersion: input.version },
    data: { publishChecks: config, reviewChainVersion: { increment: 1 } },
  });
  if (count === 0) {
    const exists = await db.section.count({ where: { id: input.sectionId } });
    if (!exists) throw new AppError("NOT_FOUND", "There is no such section.");
    throw new AppError(
      "CONFLICT",
      "Someone changed this section's checks or review chain since you opened the page; reload to see them.",
      { reason: "stale" },
    );
  }
  await recordAudit({
    actorId: actor.id,
    action: "review.manage",
    outcome: "ALLOWED",
    resourceType: "section",
    resourceId: input.sectionId,
    ip,
    details: {
      step: "review-manage",
      change: "publish-checks",
      checks: config.checks.join(","),
      headlineLimit: config.headlineLimit,
    },
  });
  return { version: input.version + 1 };
}
