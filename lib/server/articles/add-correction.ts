import "server-only";
import { cacheTags, tagsForArticlePage } from "@/lib/cache-tags";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { ZCorrection, type TCorrection } from "@/lib/schemas/correction";
import { type Actor } from "@/lib/workflow/permissions";
import { recordAudit } from "../audit/record-audit";
import { authorize } from "../auth/authorize";
import { invalidateTags } from "../cache/reader-cache";
import { notify } from "../notifications/notify";
import { reindexLiveVersion } from "../search/search-vector";
import type { ArticleCorrection } from "./published-article";
import { loadViewableArticle } from "./viewable-article";

/** Why a correction was refused as invalid (AppError details.reason), for the form's sentence. */
export type CorrectionRefusal = "empty" | "tooLong" | "time" | "future";

/** A correction may be stamped a little ahead of the server's clock (a browser's clock drifts). */
const FUTURE_TOLERANCE_MS = 5 * 60_000;

/**
 * "Add correction": appended to a published article and shown to readers at once (no
 * "Publish update"). Corrections are part of the record: nothing edits or deletes them.
 * Refusals (not visible: NOT_FOUND; not an editor: FORBIDDEN, audited; never published:
 * CONFLICT; empty, too long or future text/time: INVALID_INPUT) write nothing.
 */
export async function addCorrection(input: {
  actor: Actor;
  articleId: string;
  correction: TCorrection;
  ip?: string | null;
}): Promise<ArticleCorrection & { slug: string }> {
  const { article, access } = await loadViewableArticle(input.actor, input.articleId, {
    slug: true,
    publishedAt: true,
  });
  await authorize(input.actor, "article.correct", {
    article: access,
    resourceType: "article",
    resourceId: input.articleId,
    ip: input.ip ?? null,
  });
  if (!article.publishedAt)
    throw new AppError(
      "CONFLICT",
      "Corrections are for published articles; change the text of a draft instead.",
    );
  const parsed = ZCorrection.safeParse(input.correction);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const reason: CorrectionRefusal =
      issue?.path[0] !== "text" ? "time" : issue.code === "too_big" ? "tooLong" : "empty";
    throw new AppError("INVALID_INPUT", issue?.message ?? "The correction is not valid.", {
      reason,
    });
  }
  const { text, correctedAt } = parsed.data;
  if (correctedAt.getTime() > Date.now() + FUTURE_TOLERANCE_MS)
    throw new AppError("INVALID_INPUT", "The correction time cannot be in the future.", {
      reason: "future" satisfies CorrectionRefusal,
    });

  // The story's people hear of it, and search finds it, in the same transaction: never
  // of one that was not added.
  const correction = await db.$transaction(async (tx) => {
    const created = await tx.correction.create({
      data: { articleId: input.articleId, text, correctedAt, authorId: input.actor.id },
      select: { id: true, text: true, correctedAt: true },
    });
    // Findable by search from the moment readers see it: the live copy's search
    // document is rewritten with the correction in the same transaction.
    await reindexLiveVersion(tx, input.articleId);
    await notify(tx, {
      kind: "CORRECTED",
      articleId: input.articleId,
      audience: "owners",
      actorId: input.actor.id,
      message: text,
    });
    return created;
  });
  // Readers see it at once: only the article's own page shows corrections, and search
  // result pages (cached under "home") may now find the article by it.
  invalidateTags([...tagsForArticlePage(input.articleId, article.slug), cacheTags.home]);
  await recordAudit({
    actorId: input.actor.id,
    action: "article.correct",
    outcome: "ALLOWED",
    resourceType: "article",
    resourceId: input.articleId,
    ip: input.ip ?? null,
    details: { correctionId: correction.id },
  });
  return { ...correction, slug: article.slug };
}
