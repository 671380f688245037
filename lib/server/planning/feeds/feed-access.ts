import "server-only";
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { TCalendarFeedTarget } from "@/lib/schemas/plan-events";
import { can, type Actor } from "@/lib/workflow/permissions";
import { recordAudit } from "../../audit/record-audit";
import { authorize } from "../../auth/authorize";

/** 32 random bytes, base64url: 43 characters, unguessable, safe in a path. */
export function newFeedToken(): string {
  return randomBytes(32).toString("base64url");
}

export const FEED_TOKEN = /^[A-Za-z0-9_-]{43}$/;

/** Whom a feed belongs to, as the table's unique keys name it. */
export function feedOwner(actor: Actor, target: TCalendarFeedTarget) {
  return target.feed === "mine" ? { userId: actor.id } : { sectionId: target.feed };
}

/**
 * Anyone signed in has a calendar of their own; a desk's is for those who manage the
 * plan (`plan.manage`) or head that desk. NOT_FOUND for a desk that does not exist or is
 * archived (its feed no longer answers either); FORBIDDEN (audited) otherwise.
 */
export async function authorizeFeed(
  actor: Actor,
  target: TCalendarFeedTarget,
  ip: string | null,
): Promise<void> {
  await authorize(actor, "plan.view", { resourceType: "calendar-feed", ip });
  if (target.feed === "mine") return;
  const sectionId = target.feed;
  const section = await db.section.findUnique({
    where: { id: sectionId },
    select: { archivedAt: true, heads: { where: { userId: actor.id }, select: { userId: true } } },
  });
  if (!section || section.archivedAt) throw new AppError("NOT_FOUND", "There is no such desk.");
  if (section.heads.length > 0) return;
  await authorize(actor, "plan.manage", {
    resourceType: "section",
    resourceId: sectionId,
    ip,
    message: "Only editors and the desk's heads can manage its calendar feed.",
  });
}

/** Whether `actor` may see and manage desk feeds without heading the desk. */
export function managesAllDesks(actor: Actor): boolean {
  return can(actor, "plan.manage");
}

export async function feedChanged(
  actor: Actor,
  target: TCalendarFeedTarget,
  change: "create" | "regenerate",
  ip: string | null,
): Promise<void> {
  const isMine = target.feed === "mine";
  await recordAudit({
    actorId: actor.id,
    action: isMine ? "plan.view" : "plan.manage",
    outcome: "ALLOWED",
    resourceType: isMine ? "user" : "section",
    resourceId: isMine ? actor.id : target.feed,
    ip,
    details: { step: "calendar-feed", change },
  });
}
