import "server-only";
import { db } from "@/lib/db";
import type { ArticleAccess } from "@/lib/workflow/permissions";
import { hasUnpublishedChanges, liveSourceSelect } from "./draft-state";

export type StoryNotices = {
  /** The desk's note while the story waits for changes: what, who, when. */
  changesRequested: { note: string | null; byName: string | null; at: Date } | null;
  /** Published, with saved edits readers do not see until "Publish update". */
  hasUnpublishedChanges: boolean;
};

/**
 * What the editor shows above the story for someone already allowed to view it: the
 * request-changes note (until the story is resubmitted, which moves it out of
 * CHANGES_REQUESTED) and whether the working copy is ahead of the live one.
 */
export async function getStoryNotices(
  articleId: string,
  access: ArticleAccess,
): Promise<StoryNotices> {
  const [row, request] = await Promise.all([
    db.article.findUniqueOrThrow({ where: { id: articleId }, select: liveSourceSelect }),
    access.status === "CHANGES_REQUESTED"
      ? db.workflowEvent.findFirst({
          where: { articleId, toStatus: "CHANGES_REQUESTED" },
          orderBy: [{ createdAt: "desc" }, { id: "desc" }],
          select: { note: true, createdAt: true, actor: { select: { name: true } } },
        })
      : null,
  ]);
  return {
    changesRequested: request
      ? { note: request.note, byName: request.actor?.name ?? null, at: request.createdAt }
      : null,
    hasUnpublishedChanges: hasUnpublishedChanges(row),
  };
}
