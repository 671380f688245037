import "server-only";
import type { z } from "zod";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { ZCommentAdd, type CommentView, type TCommentAdd } from "@/lib/schemas/comment";
import type { Actor } from "@/lib/workflow/permissions";
import { notify } from "../notifications/notify";
import { authorizeComment, commentViewSelect, toCommentView } from "./comment-access";

/** The first problem as a sentence, and every problem by field for forms. */
export function invalidInput(error: z.ZodError): AppError {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "form");
    (fieldErrors[field] ??= []).push(issue.message);
  }
  return new AppError("INVALID_INPUT", error.issues[0]?.message ?? "The comment is not valid.", {
    fieldErrors,
  });
}

/**
 * Adds a comment to the article's thread, or (with `anchor`) an inline comment whose
 * range the editor marks with `anchor.markId`. The article's owners hear about it in
 * the same transaction, so there is never a notice without its comment or the reverse.
 *
 * - NOT_FOUND: no such article, or one this person may not see (or no such parent).
 * - FORBIDDEN: may see the article but not comment on it (audited).
 * - INVALID_INPUT: empty or over-long text, a malformed anchor, a reply to a reply.
 * - CONFLICT: another comment already uses this mark id.
 */
export async function addComment(
  actor: Actor,
  input: TCommentAdd,
  ip?: string | null,
): Promise<CommentView> {
  await authorizeComment(actor, input.articleId, ip);
  const parsed = ZCommentAdd.safeParse(input);
  if (!parsed.success) throw invalidInput(parsed.error);
  const { articleId, body, anchor, parentId } = parsed.data;

  return db.$transaction(async (tx) => {
    if (parentId) {
      const parent = await tx.comment.findFirst({
        where: { id: parentId, articleId },
        select: { parentId: true },
      });
      if (!parent) throw new AppError("NOT_FOUND", "There is no such comment.");
      if (parent.parentId)
        throw new AppError("INVALID_INPUT", "Reply to the first comment of the conversation.");
    }
    if (anchor) {
      const taken = await tx.comment.findFirst({
        where: { articleId, anchor: { path: ["markId"], equals: anchor.markId } },
        select: { id: true },
      });
      if (taken)
        throw new AppError("CONFLICT", "That text already has this comment; reload the page.");
    }
    const row = await tx.comment.create({
      data: {
        articleId,
        authorId: actor.id,
        parentId: parentId ?? null,
        body,
        ...(anchor ? { anchor: { markId: anchor.markId, quote: anchor.quote } } : {}),
      },
      select: commentViewSelect,
    });
    await notify(tx, {
      kind: "COMMENT",
      articleId,
      audience: "owners",
      actorId: actor.id,
      message: body.length > 200 ? `${body.slice(0, 200)}…` : body,
    });
    return toCommentView(row);
  });
}
