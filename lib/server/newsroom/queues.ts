import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { ArticleStatus } from "@/lib/generated/prisma/client";
import { ARTICLE_STATUSES, can, canViewAll, type Actor } from "@/lib/workflow/permissions";
import { mayPassCurrentStage } from "@/lib/workflow/review-chain";
import { UNTOUCHED_DRAFT } from "../articles/draft-state";
import { reviewPositionOf } from "../articles/load-article-access";
import { queueRowSelect, toQueueRow, type QueueRow } from "./queue-rows";

export type { QueueRow } from "./queue-rows";

/** "Review queue": submitted articles, oldest first, optionally one section's. Editors only. */
export async function listReviewQueue(
  actor: Actor,
  options: { sectionId?: string | null; limit?: number } = {},
): Promise<QueueRow[]> {
  if (!can(actor, "article.approve"))
    throw new AppError("FORBIDDEN", "You do not review articles.");
  const rows = await db.article.findMany({
    where: { status: "SUBMITTED", ...(options.sectionId ? { sectionId: options.sectionId } : {}) },
    orderBy: [{ statusChangedAt: "asc" }, { id: "asc" }],
    take: Math.min(options.limit ?? 100, 200),
    select: queueRowSelect,
  });
  const now = new Date();
  return rows.map((row) => toQueueRow(row, now));
}

/**
 * How many of the oldest stories in review "Waiting for me" considers. Chains are JSON
 * (each story keeps its own copy), so whether a person may pass a story's stage is
 * decided here in JS, not in SQL: a story waiting behind 500 older ones in review shows
 * once those move on. A newsroom has tens in review at once, not hundreds.
 */
export const WAITING_SCAN = 500;

/**
 * "Waiting for me": stories in review at a stage this person may pass (by role, by name,
 * or as the section's desk head), longest waiting at its stage first. Empty for anyone
 * who passes no stages (reporters, whatever section they head).
 */
export async function listWaitingForMe(actor: Actor): Promise<QueueRow[]> {
  if (!can(actor, "article.review")) return [];
  const rows = await db.article.findMany({
    where: { status: "SUBMITTED" },
    orderBy: [{ statusChangedAt: "asc" }, { id: "asc" }],
    take: WAITING_SCAN,
    select: queueRowSelect,
  });
  const now = new Date();
  return rows
    .filter((row) => {
      const position = reviewPositionOf(row);
      return position !== null && mayPassCurrentStage(actor, position);
    })
    .map((row) => toQueueRow(row, now));
}

/** A desk's work in hand, in this order: in review, sent back, in draft. */
const DESK_STATES = ["SUBMITTED", "CHANGES_REQUESTED", "DRAFT"] as const satisfies ArticleStatus[];

export type DeskQueue = {
  section: { id: string; name: string; nameEn: string };
  stories: QueueRow[];
};

/**
 * "<section> desk" for each (unarchived) section this person heads: every story of it in
 * review with its stage, then those sent back and in draft, each group oldest first.
 * At most 500 stories across their desks. Not for reporters: they see only their own.
 */
export async function listDeskQueues(actor: Actor): Promise<DeskQueue[]> {
  if (!canViewAll(actor)) return [];
  const headed = await db.sectionHead.findMany({
    where: { userId: actor.id, section: { archivedAt: null } },
    select: { section: { select: { id: true, name: true, nameEn: true, position: true } } },
    orderBy: [{ section: { position: "asc" } }, { sectionId: "asc" }],
  });
  if (headed.length === 0) return [];
  const rows = await db.article.findMany({
    where: {
      sectionId: { in: headed.map((head) => head.section.id) },
      status: { in: [...DESK_STATES] },
      NOT: UNTOUCHED_DRAFT,
    },
    orderBy: [{ statusChangedAt: "asc" }, { id: "asc" }],
    take: 500,
    select: queueRowSelect,
  });
  const now = new Date();
  const order = (status: ArticleStatus) => DESK_STATES.indexOf(status as never);
  return headed.map(({ section }) => ({
    section: { id: section.id, name: section.name, nameEn: section.nameEn },
    stories: rows
      .filter((row) => row.sectionId === section.id)
      .sort((a, b) => order(a.status) - order(b.status))
      .map((row) => toQueueRow(row, now)),
  }));
}

/**
 * "Approved": ready to publish or schedule, longest waiting first. Without this list an
 * approved story left the review queue and appeared nowhere on the desk. Editors only.
 */
export async function listApproved(actor: Actor, options: { limit?: number } = {}) {
  if (!can(actor, "article.publish"))
    throw new AppError("FORBIDDEN", "You do not publish articles.");
  const rows = await db.article.findMany({
    where: { status: "APPROVED" },
    orderBy: [{ statusChangedAt: "asc" }, { id: "asc" }],
    take: Math.min(options.limit ?? 100, 200),
    select: queueRowSelect,
  });
  const now = new Date();
  return rows.map((row) => toQueueRow(row, now));
}

/** "Scheduled": what will publish itself, soonest first, with any failure. Editors only. */
export async function listScheduled(actor: Actor, options: { limit?: number } = {}) {
  if (!can(actor, "article.schedule"))
    throw new AppError("FORBIDDEN", "You do not schedule articles.");
  const rows = await db.article.findMany({
    where: { status: "SCHEDULED" },
    orderBy: [{ scheduledAt: "asc" }, { id: "asc" }],
    take: Math.min(options.limit ?? 100, 200),
    select: queueRowSelect,
  });
  const now = new Date();
  return rows.map((row) => toQueueRow(row, now));
}

/** "My stories": what this person wrote or is bylined on, grouped by state in workflow order. */
export async function listMyStories(
  actor: Actor,
  options: { limit?: number } = {},
): Promise<Array<{ status: ArticleStatus; stories: QueueRow[] }>> {
  const rows = await db.article.findMany({
    where: {
      status: { not: "ARCHIVED" },
      NOT: UNTOUCHED_DRAFT,
      OR: [{ createdById: actor.id }, { bylines: { some: { contributor: { userId: actor.id } } } }],
    },
    orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
    take: Math.min(options.limit ?? 200, 500),
    select: queueRowSelect,
  });
  const now = new Date();
  return ARTICLE_STATUSES.map((status) => ({
    status,
    stories: rows.filter((row) => row.status === status).map((row) => toQueueRow(row, now)),
  })).filter((group) => group.stories.length > 0);
}
