import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { hashPreviewToken, isPreviewToken } from "@/lib/security/preview-token";
import { type Actor } from "@/lib/workflow/permissions";
import { loadViewableArticle } from "../articles/viewable-article";
import type { ArticleView } from "../articles/published-article";
import { loadWorkingCopyView } from "./working-copy-view";

/** "Preview" in the newsroom: the working copy for anyone who may view the article. */
export async function getArticlePreview(actor: Actor, articleId: string): Promise<ArticleView> {
  await loadViewableArticle(actor, articleId);
  const view = await loadWorkingCopyView(articleId);
  if (!view) throw new AppError("NOT_FOUND", "There is no such article.");
  return view;
}

/**
 * A shared preview, opened without an account: the working copy while the link is
 * neither revoked nor expired, else null (the page answers a plain 404, saying nothing
 * about whether the link ever existed).
 */
export async function getSharedPreview(token: string): Promise<ArticleView | null> {
  if (!isPreviewToken(token)) return null;
  const link = await db.previewLink.findFirst({
    where: { tokenHash: hashPreviewToken(token), revokedAt: null, expiresAt: { gt: new Date() } },
    select: { articleId: true },
  });
  return link ? loadWorkingCopyView(link.articleId) : null;
}
