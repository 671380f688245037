import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { TUpdateReviewChain } from "@/lib/schemas/review-chain";
import type { Actor } from "@/lib/workflow/permissions";
import { recordAudit } from "../audit/record-audit";
import { authorize } from "../auth/authorize";
import {
  chainRefusal,
  checkNamedPeople,
  isDefaultChain,
  lastChainSave,
} from "./review-chain-rules";

/**
 * Saves a section's review chain (`review.manage`: admins alone). Stories already in
 * review keep the copy they were submitted under; this chain applies to stories
 * submitted afterwards, so nothing else is written.
 *
 * - FORBIDDEN (audited) for anyone else; NOT_FOUND for a section that does not exist.
 * - INVALID_INPUT (reason "personNotActive") when a stage names someone who is not an
 *   active editor, proofreader or admin.
 * - CONFLICT (reason "stale", with `by` and `at`) when the chain was saved after the page
 *   was loaded at `version`: the other admin's save is not overwritten; nothing is written.
 *
 * The default single review is stored as null (the section follows DEFAULT_CHAIN).
 */
export async function updateReviewChain(
  actor: Actor,
  input: TUpdateReviewChain,
  ip: string | null = null,
): Promise<{ version: number; isDefault: boolean; slug: string }> {
  const { sectionId, version, chain } = input;
  await authorize(actor, "review.manage", { resourceType: "section", resourceId: sectionId, ip });
  const section = await db.section.findUnique({
    where: { id: sectionId },
    select: { slug: true },
  });
  if (!section) throw new AppError("NOT_FOUND", "There is no such section.");
  await checkNamedPeople(chain);
  const isDefault = isDefaultChain(chain);
  // One guarded statement: a save based on an older version matches no row and writes nothing.
  const { count } = await db.section.updateMany({
    where: { id: sectionId, reviewChainVersion: version },
    data: {
      reviewChain: isDefault ? Prisma.DbNull : chain,
      reviewChainVersion: { increment: 1 },
    },
  });
  if (count === 0) {
    const { by, at } = await lastChainSave(sectionId);
    throw chainRefusal(
      "CONFLICT",
      "stale",
      `${by} saved this section's review chain${at ? ` at ${at}` : ""} after you opened it; your changes were not saved. Reload the page to see theirs.`,
      undefined,
      { by, at },
    );
  }
  await recordAudit({
    actorId: actor.id,
    action: "review.manage",
    outcome: "ALLOWED",
    resourceType: "section",
    resourceId: sectionId,
    ip,
    details: {
      step: "review-manage",
      section: section.slug,
      version: version + 1,
      stages: chain.map((stage) => stage.key).join(","),
    },
  });
  return { version: version + 1, isDefault, slug: section.slug };
}
