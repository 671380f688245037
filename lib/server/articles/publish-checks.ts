import "server-only";
import type { TransitionName } from "@/lib/workflow/article-workflow";
import { assertImagesHaveAlt } from "./check-image-alt";

/** Moves that put (or will put) the working copy before readers: the checklist guards them. */
export const REACHES_READERS: ReadonlySet<TransitionName> = new Set([
  "publish",
  "publish-update",
  "schedule",
  "publish-now",
]);

/**
 * The section's pre-publish checklist, enforced on the server before a move that reaches
 * readers. `waiveStages` is "publish now": the stages not passed are recorded as skipped
 * instead of blocking. Refuses (CONFLICT) naming every failing item; changes nothing.
 */
export async function assertPublishChecks(
  articleId: string,
  options: { transition: TransitionName; waiveStages: boolean },
): Promise<void> {
  if (!REACHES_READERS.has(options.transition)) return;
  await assertImagesHaveAlt(articleId);
}
