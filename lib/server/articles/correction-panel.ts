import "server-only";
import { can, type Actor } from "@/lib/workflow/permissions";
import { listCorrections } from "./list-corrections";
import type { ArticleCorrection } from "./published-article";
import { loadViewableArticle } from "./viewable-article";

/**
 * The editor's corrections box: what is on the record, and whether this person may add
 * one (an editor or admin, once the article has been published).
 */
export async function getCorrectionPanel(
  actor: Actor,
  articleId: string,
): Promise<{ canCorrect: boolean; corrections: ArticleCorrection[] }> {
  const { article, access } = await loadViewableArticle(actor, articleId, { publishedAt: true });
  return {
    canCorrect: article.publishedAt !== null && can(actor, "article.correct", access),
    corrections: await listCorrections(articleId),
  };
}
