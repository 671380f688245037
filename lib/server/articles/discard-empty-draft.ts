import "server-only";
import { db } from "@/lib/db";
import { enqueueJob, TASKS } from "../jobs/queue";
import { UNTOUCHED_DRAFT } from "./draft-state";
import { PRESENCE_TTL_MS } from "./presence";

/** How long an untouched "New story" waits before the job queue removes it. */
export const EMPTY_DRAFT_TTL_MS = 24 * 3600_000;

export function discardDraftJobKey(articleId: string): string {
  return `discard-draft:${articleId}`;
}

/** Enqueued by createArticle in its transaction (and again while the draft is open). */
export async function enqueueDiscardDraft(
  tx: Parameters<typeof enqueueJob>[0],
  articleId: string,
): Promise<void> {
  await enqueueJob(
    tx,
    TASKS.discardEmptyDraft,
    { articleId },
    {
      runAt: new Date(Date.now() + EMPTY_DRAFT_TTL_MS),
      jobKey: discardDraftJobKey(articleId),
      maxAttempts: 3,
    },
  );
}

/**
 * The job a day after "New story": deletes the draft only if it is still exactly as it
 * was made (never saved, no comments). A story someone typed into, however little, is
 * never touched; one still open in someone's editor is looked at again a day later.
 * Safe to run twice.
 */
export async function discardEmptyDraft(articleId: string): Promise<"discarded" | "kept"> {
  return db.$transaction(async (tx) => {
    const untouched = { id: articleId, ...UNTOUCHED_DRAFT, comments: { none: {} } };
    const openSince = new Date(Date.now() - 2 * PRESENCE_TTL_MS);
    const deleted = await tx.article.deleteMany({
      where: { ...untouched, presence: { none: { lastSeenAt: { gt: openSince } } } },
    });
    if (deleted.count === 1) return "discarded";
    if (await tx.article.count({ where: untouched })) await enqueueDiscardDraft(tx, articleId);
    return "kept";
  });
}
