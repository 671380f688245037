import "server-only";
import { AppError } from "@/lib/errors";
import { can, type Actor, type ArticleAccess } from "@/lib/workflow/permissions";
import { recordAudit } from "../audit/record-audit";
import { loadViewableArticle } from "../articles/viewable-article";

/** Who may hand the working copy to someone without an account: its editors and approvers. */
export function canSharePreview(actor: Actor, access: ArticleAccess): boolean {
  return (
    can(actor, "article.view", access) &&
    (can(actor, "article.edit", access) || can(actor, "article.approve", access))
  );
}

/**
 * The article's access facts when `actor` may share its preview. NOT_FOUND when they may
 * not see it (checked first, so nothing reveals that it exists); FORBIDDEN, audited, when
 * they may see it but not share it.
 */
export async function requireShareable(
  actor: Actor,
  articleId: string,
  ip: string | null,
): Promise<ArticleAccess> {
  const { access } = await loadViewableArticle(actor, articleId);
  if (canSharePreview(actor, access)) return access;
  await recordAudit({
    actorId: actor.id,
    action: "article.share-preview",
    outcome: "DENIED",
    resourceType: "article",
    resourceId: articleId,
    ip,
  });
  throw new AppError("FORBIDDEN", "You do not have permission to share a preview of this article.");
}
