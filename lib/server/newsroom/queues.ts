import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { ArticleStatus, Prisma } from "@/lib/generated/prisma/client";
import { ARTICLE_STATUSES, can, type Actor } from "@/lib/workflow/permissions";
import { hasUnpublishedChanges, liveSourceSelect, UNTOUCHED_DRAFT } from "../articles/draft-state";

export type QueueRow = {
  id: string;
  headline: string;
  status: ArticleStatus;
  sectionName: string | null;
  authorName: string;
  statusChangedAt: Date;
  scheduledAt: Date | null;
  scheduleError: string | null;
  /** Published, with saved edits readers do not see until "Publish update". */
  hasUnpublishedChanges: boolean;
};

const rowSelect = {
  ...liveSourceSelect,
  id: true,
  headline: true,
  statusChangedAt: true,
  scheduledAt: true,
  scheduleError: true,
  section: { select: { name: true } },
  createdBy: { select: { name: true } },
} as const;

type Selected = Prisma.ArticleGetPayload<{ select: typeof rowSelect }>;

function toRow(row: Selected): QueueRow {
  return {
    id: row.id,
    headline: row.headline,
    status: row.status,
    sectionName: row.section?.name ?? null,
    authorName: row.createdBy.name,
    statusChangedAt: row.statusChangedAt,
    scheduledAt: row.scheduledAt,
    scheduleError: row.scheduleError,
    hasUnpublishedChanges: hasUnpublishedChanges(row),
  };
}

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
    select: rowSelect,
  });
  return rows.map(toRow);
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
    select: rowSelect,
  });
  return rows.map(toRow);
}

/** "Scheduled": what will publish itself, soonest first, with any failure. Editors only. */
export async function listScheduled(actor: Actor, options: { limit?: number } = {}) {
  if (!can(actor, "article.schedule"))
    throw new AppError("FORBIDDEN", "You do not schedule articles.");
  const rows = await db.article.findMany({
    where: { status: "SCHEDULED" },
    orderBy: [{ scheduledAt: "asc" }, { id: "asc" }],
    take: Math.min(options.limit ?? 100, 200),
    select: rowSelect,
  });
  return rows.map(toRow);
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
    select: rowSelect,
  });
  return ARTICLE_STATUSES.map((status) => ({
    status,
    stories: rows.filter((row) => row.status === status).map(toRow),
  })).filter((group) => group.stories.length > 0);
}
