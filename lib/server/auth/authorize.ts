import "server-only";
import { AppError } from "@/lib/errors";
import {
  can,
  type Actor,
  type ArticleAccess,
  type MediaAccess,
  type Permission,
} from "@/lib/workflow/permissions";
import { recordAudit } from "../audit/record-audit";

/**
 * Refuses (FORBIDDEN) and records the attempt in the audit log when the actor lacks the
 * permission. Every use-case that changes something calls this before it does.
 */
export async function authorize(
  actor: Actor,
  permission: Permission,
  options: {
    article?: ArticleAccess;
    media?: MediaAccess;
    resourceType?: string;
    resourceId?: string;
    ip?: string | null;
    /** The refusal's sentence, when a plainer one than the generic helps. */
    message?: string;
    /** Recorded with a refusal, e.g. the transition tried, which a shared permission does not tell. */
    details?: Record<string, string>;
  } = {},
): Promise<void> {
  if (can(actor, permission, options.article ?? options.media)) return;
  await recordAudit({
    actorId: actor.id,
    action: permission,
    outcome: "DENIED",
    ...(options.resourceType ? { resourceType: options.resourceType } : {}),
    ...(options.resourceId ? { resourceId: options.resourceId } : {}),
    ip: options.ip ?? null,
    ...(options.details ? { details: options.details } : {}),
  });
  throw new AppError("FORBIDDEN", options.message ?? "You do not have permission to do that.");
}
