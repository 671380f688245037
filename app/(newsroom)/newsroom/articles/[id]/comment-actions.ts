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
import type { Role } from "@/lib/workflow/permissions";

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

/** Runs a use-case as the signed-in person; refusals become results with their code. */
async function asActor(
  run: (actor: { id: string; role: Role }, ip: string | null) => Promise<CommentView>,
): Promise<CommentResult> {
  try {
    const user = await requireActor();
    return { ok: true, data: await run({ id: user.id, role: user.role }, await clientIp()) };
  } catch (error) {
    return refused(error);
  }
}

/** "Add comment": the article's thread, a reply, or (with an anchor) an inline comment. */
export async function addCommentAction(input: TCommentAdd): Promise<CommentResult> {
  const parsed = ZCommentAdd.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, code: "INVALID_INPUT", message: issue?.message ?? "Not valid." };
  }
  return asActor((actor, ip) => addComment(actor, parsed.data, ip));
}

/** "Resolve" and "Reopen". */
export async function resolveCommentAction(input: TCommentResolve): Promise<CommentResult> {
  const parsed = ZCommentResolve.safeParse(input);
  if (!parsed.success) return { ok: false, code: "INVALID_INPUT", message: "Not valid." };
  return asActor((actor, ip) => resolveComment(actor, parsed.data, ip));
}
