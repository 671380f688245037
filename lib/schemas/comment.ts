import { z } from "./zod";

import { COMMENT_MAX, QUOTE_MAX } from "@/lib/content/comment-limits";

export { COMMENT_MAX, QUOTE_MAX };

/** A comment as the form and the action send it; the same rules in the browser and on the server. */
export const ZCommentAdd = z.strictObject({
  articleId: z.uuid("There is no such article."),
  body: z
    .string("Write a comment first.")
    .trim()
    .min(1, "Write a comment first.")
    .max(COMMENT_MAX, `Keep the comment under ${COMMENT_MAX} characters.`),
  /** Inline comments: the id of the `comment` mark the editor puts on the range, and its text. */
  anchor: z
    .strictObject({
      markId: z.uuid("The comment's place in the text is not valid; select the text again."),
      quote: z
        .string()
        .min(1, "Select the text to comment on first.")
        .max(QUOTE_MAX, `Select less than ${QUOTE_MAX} characters to comment on.`),
    })
    .nullish(),
  /** Replies: the comment answered (in the same article, itself not a reply). */
  parentId: z.uuid("There is no such comment.").nullish(),
});
export type TCommentAdd = z.input<typeof ZCommentAdd>;

export const ZCommentResolve = z.strictObject({
  commentId: z.uuid("There is no such comment."),
  resolved: z.boolean(),
});
export type TCommentResolve = z.infer<typeof ZCommentResolve>;

export type CommentAnchor = { markId: string; quote: string };

/** A comment as the newsroom UI shows it (dates as ISO strings: they cross to the browser). */
export type CommentView = {
  id: string;
  parentId: string | null;
  body: string;
  createdAt: string;
  author: { id: string; name: string } | null;
  anchor: CommentAnchor | null;
  resolvedAt: string | null;
  resolvedBy: { id: string; name: string } | null;
};
