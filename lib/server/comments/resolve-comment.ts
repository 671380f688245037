import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { ZCommentResolve, type CommentView, type TCommentResolve } from "@/lib/schemas/comment";
import type { Actor } from "@/lib/workflow/permissions";
import { invalidInput } from "./add-comment";
import { authorizeComment, commentViewSelect, toCommentView } from "./comment-access";

/**
 * "Resolve" (`resolved: true`) and "Reopen" (`resolved: false`): anyone who may comment
 * on the article. Doing it twice changes nothing the second time (the first resolver and
 * time are kept). The inline comment's mark stays in the body; the editor only stops
 * highlighting it.
 *
 * - NOT_FOUND: no such comment, or on an article this person may not see.
 * - FORBIDDEN: may see the article but not comment on it (audited).
 */
export async function resolveComment(
  actor: Actor,
  input: TCommentResolve,
  ip?: string | null,
): Promise<CommentView> {
  const parsed = ZCommentResolve.safeParse(input);
  if (!parsed.success) throw invalidInput(parsed.error);
  const { commentId, resolved } = parsed.data;
  const comment = await db.comment.findUnique({
    where: { id: commentId },
    select: { articleId: true, resolvedAt: true },
  });
  if (!comment) throw new AppError("NOT_FOUND", "There is no such comment.");
  await authorizeComment(actor, comment.articleId, ip).catch((error: unknown) => {
    // Someone who may not see the article learns nothing about its comments either.
    if (error instanceof AppError && error.code === "NOT_FOUND")
      throw new AppError("NOT_FOUND", "There is no such comment.");
    throw error;
  });
  // Guarded on the current state, so two people resolving at once record the first.
  await db.comment.updateMany({
    where: { id: commentId, resolvedAt: resolved ? null : { not: null } },
    data: resolved
      ? { resolvedAt: new Date(), resolvedById: actor.id }
      : { resolvedAt: null, resolvedById: null },
  });
  const row = await db.comment.findUniqueOrThrow({
    where: { id: commentId },
    select: commentViewSelect,
  });
  return toCommentView(row);
}
