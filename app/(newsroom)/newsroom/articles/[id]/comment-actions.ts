"use server";

import { clientIp, requireActor } from "@/lib/auth";
import { AppError, type ActionResult } from "@/lib/errors";
import {
  ZCommentAdd,
  ZCommentResolve,
  type CommentView,
  type TCommentAdd,
  type TCommentResolve,
} from "@/lib/schemas/comment";
import { addComment } from "@/lib/server/comments/add-comment";
import { resolveComment } from "@/lib/server/comments/resolve-comment";

type CommentResult = ActionResult<CommentView>;

function refused(error: unknown): CommentResult {
  if (error instanceof AppError) {
    const fieldErrors = error.details?.fieldErrors as Record<string, string[]> | undefined;
    return {
      ok: false,
      code: error.code,
      message: error.message,
      ...(fieldErrors ? { fieldErrors } : {}),
    };
  }
  throw error;
}

/** "Add comment": the article's thread, a reply, or (with an anchor) an inline comment. */
export async function addCommentAction(input: TCommentAdd): Promise<CommentResult> {
  const parsed = ZCommentAdd.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, code: "INVALID_INPUT", message: issue?.message ?? "Not valid." };
  }
  try {
    const user = await requireActor();
    const comment = await addComment(
      { id: user.id, role: user.role },
      parsed.data,
      await clientIp(),
    );
    return { ok: true, data: comment };
  } catch (error) {
    return refused(error);
  }
}

/** "Resolve" and "Reopen". */
export async function resolveCommentAction(input: TCommentResolve): Promise<CommentResult> {
  const parsed = ZCommentResolve.safeParse(input);
  if (!parsed.success) return { ok: false, code: "INVALID_INPUT", message: "Not valid." };
  try {
    const user = await requireActor();
    const comment = await resolveComment(
      { id: user.id, role: user.role },
      parsed.data,
      await clientIp(),
    );
    return { ok: true, data: comment };
  } catch (error) {
    return refused(error);
  }
}
