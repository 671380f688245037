import "server-only";
import type { ArticleStatus, Prisma } from "@/lib/generated/prisma/client";
import { isOverdue } from "@/lib/workflow/due";
import { currentStage, type ReviewStage } from "@/lib/workflow/review-chain";
import { hasUnpublishedChanges, liveSourceSelect } from "../articles/draft-state";
import { reviewPositionOf } from "../articles/load-article-access";

/** One story in a newsroom queue, as the queue tables show it. */
export type QueueRow = {
  id: string;
  headline: string;
  status: ArticleStatus;
  sectionName: string | null;
  authorName: string;
  /** When it reached its current state or review stage (a stage pass sets it too). */
  statusChangedAt: Date;
  scheduledAt: Date | null;
  scheduleError: string | null;
  /** Published, with saved edits readers do not see until "Publish update". */
  hasUnpublishedChanges: boolean;
  dueAt: Date | null;
  isOverdue: boolean;
  /** In review: the stage it sits in (its names in each script), else null. */
  stage: Pick<ReviewStage, "key" | "name"> | null;
};

/** What a queue reads per story: the row above plus the facts its review stage needs. */
export const queueRowSelect = {
  ...liveSourceSelect,
  id: true,
  headline: true,
  statusChangedAt: true,
  scheduledAt: true,
  scheduleError: true,
  dueAt: true,
  reviewChain: true,
  reviewStage: true,
  sectionId: true,
  section: { select: { name: true, heads: { select: { userId: true } } } },
  createdBy: { select: { name: true } },
} as const satisfies Prisma.ArticleSelect;

export type QueueSource = Prisma.ArticleGetPayload<{ select: typeof queueRowSelect }>;

export function toQueueRow(row: QueueSource, now: Date = new Date()): QueueRow {
  const position = reviewPositionOf(row);
  const stage = position ? currentStage(position) : undefined;
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
    dueAt: row.dueAt,
    isOverdue: isOverdue(row, now),
    stage: stage ? { key: stage.key, name: stage.name } : null,
  };
}
