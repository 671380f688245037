import "server-only";
import { db } from "@/lib/db";
import { movesFrom, type TransitionName } from "@/lib/workflow/article-workflow";
import { can, type Actor, type ArticleAccess } from "@/lib/workflow/permissions";
import type { ReviewStage } from "@/lib/workflow/review-chain";
import { listImagesWithoutAlt, type ImageWithoutAlt } from "./check-image-alt";

export type WorkflowState = {
  status: ArticleAccess["status"];
  transitions: TransitionName[];
  canSetEmbargo: boolean;
  scheduledAt: string | null;
  embargoUntil: string | null;
  scheduleError: string | null;
  /** When the live copy was published or last updated; null when nothing is live. */
  liveSince: string | null;
  /** Past the draft: the images still without alt text, for a warning before publishing refuses them. */
  altMissing: ImageWithoutAlt[];
  /** In review: the chain's stages (names in each script, kind) and the one it sits in. */
  review: { stages: Array<Pick<ReviewStage, "name" | "kind">>; index: number } | null;
};

/** What the workflow panel shows and offers this person (already allowed to view the article). */
export async function getWorkflowState(
  actor: Actor,
  articleId: string,
  access: ArticleAccess,
): Promise<WorkflowState> {
  const row = await db.article.findUniqueOrThrow({
    where: { id: articleId },
    select: {
      body: true,
      featuredImageId: true,
      scheduledAt: true,
      embargoUntil: true,
      scheduleError: true,
      liveVersion: { select: { isLive: true, publishedAt: true, updatedAt: true } },
    },
  });
  const live = row.liveVersion?.isLive ? row.liveVersion : null;
  return {
    status: access.status,
    transitions: [
      ...new Set(
        movesFrom(access.status, access.review)
          .filter((transition) => can(actor, transition.permission, access))
          .map((transition) => transition.name),
      ),
    ],
    review: access.review && {
      stages: access.review.chain.map(({ name, kind }) => ({ name, kind })),
      index: access.review.index,
    },
    canSetEmbargo: can(actor, "article.schedule", access),
    scheduledAt: row.scheduledAt?.toISOString() ?? null,
    embargoUntil: row.embargoUntil?.toISOString() ?? null,
    scheduleError: row.scheduleError,
    liveSince: live ? (live.updatedAt ?? live.publishedAt).toISOString() : null,
    altMissing:
      access.status === "DRAFT" ? [] : await listImagesWithoutAlt(row.body, row.featuredImageId),
  };
}
