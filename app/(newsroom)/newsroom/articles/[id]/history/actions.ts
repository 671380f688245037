"use server";

import { ZRevisionRestore } from "@/lib/schemas/article-actions";
import { formAction } from "@/lib/server/actions/define-action";
import { restoreRevision } from "@/lib/server/articles/revisions";

/**
 * "Restore this version", then back to the editor with the restored copy; a refusal goes
 * back to the history with its code, which the page turns into a sentence.
 */
export const restoreRevisionAction = formAction({
  input: ZRevisionRestore,
  run: ({ articleId, revisionId }, { actor, ip }) =>
    restoreRevision(actor, articleId, revisionId, ip),
  redirectTo: (result, sent) => {
    if (!result.ok && result.code === "INVALID_INPUT") return "/newsroom/stories";
    const articleId = String(sent.articleId);
    return result.ok
      ? `/newsroom/articles/${articleId}`
      : `/newsroom/articles/${articleId}/history?result=${result.code}`;
  },
});
