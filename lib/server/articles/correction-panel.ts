import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { can, type Actor } from "@/lib/workflow/permissions";
import { listCorrections } from "./list-corrections";
import { accessSelect, isUuid, toArticleAccess } from "./load-article-access";
import type { ArticleCorrection } from "./published-article";

/**
 * The editor's corrections box: what is on the record, and whether this person may add
 * one (an editor or admin, once the article has been published).
 */
export async function getCorrectionPanel(
  actor: Actor,
  articleId: string,
): Promise<{ canCorrect: boolean; corrections: ArticleCorrection[] }> {
  if (!isUuid(articleId)) throw new AppError("NOT_FOUND", "There is no such article.");
  const article = await db.article.findUnique({
    where: { id: articleId },
    select: { ...accessSelect, publishedAt: true },
  });
  const access = article && toArticleAccess(article);
  if (!article || !access || !can(actor, "article.view", access))
    throw new AppError("NOT_FOUND", "There is no such article.");
  return {
    canCorrect: article.publishedAt !== null && can(actor, "article.correct", access),
    corrections: await listCorrections(articleId),
  };
}
