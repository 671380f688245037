import "server-only";
import { db } from "@/lib/db";
import type { CommentView } from "@/lib/schemas/comment";
import { can, type Actor } from "@/lib/workflow/permissions";
import { loadViewableArticle } from "../articles/viewable-article";
import { commentViewSelect, toCommentView } from "./comment-access";

/** Past this many, the oldest are left out: a thread that long is a different problem. */
const LIMIT = 1000;

/**
 * Every comment on the article (thread, inline, replies, resolved too), oldest first;
 * the UI groups and filters. `canComment` says whether to offer "Add comment".
 * NOT_FOUND when this person may not see the article.
 */
export async function listComments(
  actor: Actor,
  articleId: string,
): Promise<{ comments: CommentView[]; canComment: boolean }> {
  const { access } = await loadViewableArticle(actor, articleId);
  const rows = await db.comment.findMany({
    where: { articleId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: LIMIT,
    select: commentViewSelect,
  });
  return {
    comments: rows.reverse().map(toCommentView),
    canComment: can(actor, "article.comment", access),
  };
}
