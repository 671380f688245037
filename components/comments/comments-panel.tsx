"use client";

import type { Editor } from "@tiptap/core";
import { useTranslations } from "next-intl";
import { useImperativeHandle, useMemo, useState, type Ref } from "react";
import { findCommentIds, isCommentId } from "@/lib/content/comment-marks";
import type { ActionResult } from "@/lib/schemas/action-result";
import type { CommentView, TCommentAdd, TCommentResolve } from "@/lib/schemas/comment";
import { CommentComposer } from "./comment-composer";
import { CommentItem } from "./comment-item";
import { draftFromSelection, markDraft, revealComment, type InlineDraft } from "./comment-ranges";

export type CommentActions = {
  add: (input: TCommentAdd) => Promise<ActionResult<CommentView>>;
  resolve: (input: TCommentResolve) => Promise<ActionResult<CommentView>>;
};
/** What the editor's toolbar asks of the panel: "Comment" on the current selection. */
export type CommentsHandle = { startInline: () => void };

const KNOWN_ERRORS = new Set(["NOT_FOUND", "FORBIDDEN", "CONFLICT", "UNAUTHENTICATED"]);

/** Open comments' ranges are highlighted; resolved ones (and unknown ids) are plain text. */
function highlightCss(openIds: string[], activeId: string | null): string {
  const selector = (id: string) => `.comment-highlight[data-comment-id="${id}"]`;
  const open = openIds.filter(isCommentId).map(selector);
  let css = open.length
    ? `${open.join(",")}{background-color:#fdf3c8;border-bottom:2px solid #e3b341;}`
    : "";
  if (activeId && isCommentId(activeId))
    css += `${selector(activeId)}{outline:2px solid var(--color-accent);outline-offset:1px;}`;
  return css;
}

/**
 * The editor's "Comments" panel: open inline comments in the order of the text, the
 * article's conversation, "Show resolved", and the composer that "Add comment" and the
 * toolbar's "Comment" share. Inline comments mark their range in the body (the mark is
 * saved with the body by autosave), then the comment row is added; if that fails the
 * mark is taken off again.
 */
export function CommentsPanel({
  ref,
  ...props
}: {
  ref?: Ref<CommentsHandle>;
  articleId: string;
  initial: CommentView[];
  canComment: boolean;
  editor: Editor | null;
  /** The body as it is now, to tell which inline comments still have their text. */
  bodyDoc: unknown;
  actions: CommentActions;
}) {
  const t = useTranslations("comments");
  const [comments, setComments] = useState(props.initial);
  const [draft, setDraft] = useState<InlineDraft | null>(null);
  const [focusKey, setFocusKey] = useState(0);
  const [isBusy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [showResolved, setShowResolved] = useState(false);
  const [activeId, setActiveId] = useState<string | null>(null);
  const { editor } = props;

  useImperativeHandle(ref, () => ({
    startInline: () => {
      const next = editor ? draftFromSelection(editor) : null;
      setError(next ? null : t("needsSelection"));
      setDraft(next);
      setFocusKey((key) => key + 1);
    },
  }));

  const order = useMemo(() => findCommentIds(props.bodyDoc), [props.bodyDoc]);
  const position = (comment: CommentView) => {
    const index = comment.anchor ? order.indexOf(comment.anchor.markId) : -1;
    return index < 0 ? Number.MAX_SAFE_INTEGER : index;
  };
  const inline = comments
    .filter((c) => c.anchor && !c.parentId && (showResolved || !c.resolvedAt))
    .sort((a, b) => position(a) - position(b));
  const thread = comments.filter((c) => !c.anchor && !c.parentId);
  const repliesTo = (id: string) => comments.filter((c) => c.parentId === id);
  const openIds = comments.flatMap((c) => (c.anchor && !c.resolvedAt ? [c.anchor.markId] : []));
  if (draft) openIds.push(draft.markId);

  const failed = (code: string) => t(KNOWN_ERRORS.has(code) ? `errors.${code}` : "errors.failed");

  const submit = async (body: string): Promise<boolean> => {
    if (draft && (!editor || !markDraft(editor, draft))) {
      setDraft(null);
      setError(t("needsSelection"));
      return false;
    }
    setBusy(true);
    const anchor = draft ? { markId: draft.markId, quote: draft.quote } : null;
    const result = await props.actions
      .add({ articleId: props.articleId, body, anchor })
      .catch(() => ({ ok: false as const, code: "INTERNAL", message: "" }));
    setBusy(false);
    if (!result.ok) {
      if (draft) editor?.commands.unsetComment(draft.markId);
      setError(failed(result.code));
      return false;
    }
    setComments((current) => [...current, result.data]);
    setDraft(null);
    setError(null);
    return true;
  };

  const resolve = async (comment: CommentView, resolved: boolean) => {
    const result = await props.actions
      .resolve({ commentId: comment.id, resolved })
      .catch(() => ({ ok: false as const, code: "INTERNAL", message: "" }));
    if (!result.ok) return setError(failed(result.code));
    setComments((current) => current.map((c) => (c.id === comment.id ? result.data : c)));
  };

  const reveal = (markId: string) => {
    setActiveId(markId);
    if (editor) revealComment(editor, markId);
  };

  return (
    <section aria-labelledby="comments-heading" className="space-y-3">
      <style>{highlightCss(openIds, activeId)}</style>
      <div className="flex items-baseline justify-between gap-2">
        <h2 id="comments-heading" className="text-sm font-semibold">
          {t("title")}
        </h2>
        <label className="flex items-center gap-1 text-xs text-[var(--color-muted)]">
          <input
            type="checkbox"
            checked={showResolved}
            onChange={(event) => setShowResolved(event.target.checked)}
          />
          {t("showResolved")}
        </label>
      </div>
      {inline.length > 0 && (
        <div>
          <h3 className="mb-1 text-xs font-medium text-[var(--color-muted)]">{t("inText")}</h3>
          <ul className="space-y-2">
            {inline.map((comment) => (
              <CommentItem
                key={comment.id}
                comment={comment}
                replies={repliesTo(comment.id)}
                isAttached={comment.anchor !== null && order.includes(comment.anchor.markId)}
                isActive={comment.anchor?.markId === activeId}
                onReveal={() => comment.anchor && reveal(comment.anchor.markId)}
                {...(props.canComment
                  ? { onResolve: (resolved: boolean) => void resolve(comment, resolved) }
                  : {})}
              />
            ))}
          </ul>
        </div>
      )}
      <div>
        <h3 className="mb-1 text-xs font-medium text-[var(--color-muted)]">{t("thread")}</h3>
        {thread.length === 0 ? (
          <p className="text-sm text-[var(--color-muted)]">{t("empty")}</p>
        ) : (
          <ul className="space-y-2">
            {thread.map((comment) => (
              <CommentItem key={comment.id} comment={comment} replies={repliesTo(comment.id)} />
            ))}
          </ul>
        )}
      </div>
      {props.canComment && (
        <CommentComposer
          quote={draft?.quote ?? null}
          focusKey={focusKey}
          isBusy={isBusy}
          error={error}
          onSubmit={submit}
          onCancel={() => {
            setDraft(null);
            setError(null);
          }}
        />
      )}
    </section>
  );
}
