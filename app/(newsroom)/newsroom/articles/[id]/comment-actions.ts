"use server";

import { ZCommentAdd, ZCommentResolve } from "@/lib/schemas/comment";
import { inputAction } from "@/lib/server/actions/define-action";
import { addComment } from "@/lib/server/comments/add-comment";
import { resolveComment } from "@/lib/server/comments/resolve-comment";

/** "Add comment": the article's thread, a reply, or (with an anchor) an inline comment. */
export const addCommentAction = inputAction({
  input: ZCommentAdd,
  run: (input, { actor, ip }) => addComment(actor, input, ip),
});

/** "Resolve" and "Reopen". */
export const resolveCommentAction = inputAction({
  input: ZCommentResolve,
  run: (input, { actor, ip }) => resolveComment(actor, input, ip),
});
