import "server-only";
import { db } from "@/lib/db";
import type { ArticleAccess } from "@/lib/workflow/permissions";
import type { ReviewStage } from "@/lib/workflow/review-chain";
import { hasUnpublishedChanges, liveSourceSelect } from "./draft-state";

export type StoryNotices = {
  /** The desk's note while the story waits for changes: what, who, when. */
  changesRequested: { note: string | null; byName: string | null; at: Date } | null;
  /** Sent back a stage: the note for those at the stage it returned to, until it moves on. */
  sentBack: { note: string | null; byName: string | null; at: Date } | null;
  /** Published now (breaking news): the stages it skipped, who, when and why. Stays on the story. */
  skippedStages: {
    stages: Array<Pick<ReviewStage, "name">>;
    reason: string | null;
    byName: string | null;
    at: Date;
  } | null;
  /** Published, with saved edits readers do not see until "Publish update". */
  hasUnpublishedChanges: boolean;
};

const byWhom = { note: true, createdAt: true, actor: { select: { name: true } } } as const;

/**
 * What the editor shows above the story for someone already allowed to view it: the
 * request-changes note (until the story is resubmitted, which moves it out of
 * CHANGES_REQUESTED) and whether the working copy is ahead of the live one.
 */
export async function getStoryNotices(
  articleId: string,
  access: ArticleAccess,
): Promise<StoryNotices> {
  const newest = [{ createdAt: "desc" as const }, { id: "desc" as const }];
  const [row, request, lastEvent, skipped] = await Promise.all([
    db.article.findUniqueOrThrow({ where: { id: articleId }, select: liveSourceSelect }),
    access.status === "CHANGES_REQUESTED"
      ? db.workflowEvent.findFirst({
          where: { articleId, toStatus: "CHANGES_REQUESTED" },
          orderBy: newest,
          select: byWhom,
        })
      : null,
    access.status === "SUBMITTED"
      ? db.workflowEvent.findFirst({
          where: { articleId },
          orderBy: newest,
          select: { ...byWhom, transition: true },
        })
      : null,
    db.stageSignOff.findMany({
      where: { articleId, outcome: "SKIPPED" },
      orderBy: [{ createdAt: "desc" }, { stageIndex: "asc" }],
      take: 50,
      select: { ...byWhom, stage: true },
    }),
  ]);
  // One "publish now" writes its skipped stages at one instant: the newest group is the last.
  const lastSkip = skipped.filter((s) => s.createdAt.getTime() === skipped[0]?.createdAt.getTime());
  const first = lastSkip[0];
  return {
    changesRequested: request && whoWhen(request),
    sentBack: lastEvent?.transition === "send-back" ? whoWhen(lastEvent) : null,
    skippedStages: first
      ? {
          stages: lastSkip.map((s) => s.stage as Pick<ReviewStage, "name">),
          reason: first.note,
          byName: first.actor?.name ?? null,
          at: first.createdAt,
        }
      : null,
    hasUnpublishedChanges: hasUnpublishedChanges(row),
  };
}

function whoWhen(row: { note: string | null; createdAt: Date; actor: { name: string } | null }) {
  return { note: row.note, byName: row.actor?.name ?? null, at: row.createdAt };
}
