import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Transition } from "@/lib/workflow/article-workflow";
import type { ReviewChain, ReviewPosition } from "@/lib/workflow/review-chain";
import { enqueueJob, publishJobKey, removeJob, TASKS } from "../jobs/queue";
import { indexPublishedVersion } from "../search/search-vector";
import { editableSelect, toWorkingCopy } from "./article-editing";
import { bodyMediaViews } from "./article-media";
import { buildLiveSnapshot, snapshotSourceSelect } from "./build-live-snapshot";
import { recordSignOffs } from "./review-stages";
import { notifyTransition } from "./transition-notices";

type Tx = Prisma.TransactionClient;

/**
 * What a transition does besides moving the status, inside its transaction: the live
 * snapshot for publishing, taking it down for unpublishing, the scheduler's job, the
 * revision for History, the review stage's sign-off, and the notifications.
 */
export async function applyTransitionEffects(
  tx: Tx,
  input: {
    articleId: string;
    transition: Transition;
    actorId: string | null;
    note: string | null;
    scheduledAt: Date | null;
    now: Date;
    /** Where the story stood in review before the move, and stands after (null outside review). */
    before: ReviewPosition | null;
    after: ReviewPosition | null;
    /** For "publish now" from outside review: the chain whose stages it skips. */
    skippedChain: ReviewChain | null;
  },
): Promise<void> {
  const { articleId, transition, now } = input;
  if (transition.to === "PUBLISHED") await freezeLiveSnapshot(tx, articleId, input.actorId, now);
  if (transition.to === "UNPUBLISHED") {
    await tx.publishedVersion.updateMany({
      where: { articleId, isLive: true },
      data: { isLive: false },
    });
  }
  if (transition.name === "schedule" && input.scheduledAt) {
    await enqueueJob(
      tx,
      TASKS.publishScheduled,
      { articleId },
      { runAt: input.scheduledAt, jobKey: publishJobKey(articleId) },
    );
  }
  if (transition.from === "SCHEDULED") await removeJob(tx, publishJobKey(articleId));
  // Each workflow step keeps a full snapshot of the copy it moved, for History.
  const row = await tx.article.findUniqueOrThrow({
    where: { id: articleId },
    select: editableSelect,
  });
  const copy = toWorkingCopy(row);
  const revision = await tx.revision.create({
    select: { id: true },
    data: {
      articleId,
      version: copy.version,
      kind: "WORKFLOW",
      reason: input.note ? `${transition.name}: ${input.note}`.slice(0, 500) : transition.name,
      snapshot: copy.fields as Prisma.InputJsonValue,
      authorId: input.actorId,
    },
  });
  await recordSignOffs(tx, {
    articleId,
    transition,
    review: input.before,
    skippedChain: input.skippedChain,
    actorId: input.actorId,
    note: input.note,
    revisionId: revision.id,
    now,
  });
  await notifyTransition(tx, {
    articleId,
    transition,
    actorId: input.actorId,
    note: input.note,
    before: input.before,
    after: input.after,
  });
}

async function freezeLiveSnapshot(tx: Tx, articleId: string, actorId: string | null, now: Date) {
  const source = await tx.article.findUniqueOrThrow({
    where: { id: articleId },
    select: snapshotSourceSelect,
  });
  const last = await tx.publishedVersion.aggregate({
    where: { articleId },
    _max: { number: true },
  });
  await tx.publishedVersion.updateMany({
    where: { articleId, isLive: true },
    data: { isLive: false },
  });
  const number = (last._max.number ?? 0) + 1;
  // An image whose Media row is gone is simply left out of the HTML.
  const media = await bodyMediaViews(tx, source.body);
  const live = await tx.publishedVersion.create({
    data: buildLiveSnapshot(source, { number, now, actorId, media }),
  });
  // Searchable exactly when live: the search document commits with the snapshot.
  await indexPublishedVersion(tx, live);
  await tx.article.update({
    where: { id: articleId },
    data: {
      liveVersionId: live.id,
      publishedAt: source.publishedAt ?? now,
      scheduleError: null,
      scheduleFailedAt: null,
      ...(number > 1 ? { publicUpdatedAt: now } : {}),
    },
  });
}
