"use client";

import { useFormatter, useTranslations } from "next-intl";
import type { CommentView } from "@/lib/schemas/comment";
import { Button } from "@/components/ui/button";

/**
 * One comment: for inline ones the quoted text first (a button that shows it in the
 * body, or "text removed" once the marked text is gone), then the text, author and
 * time, and "Resolve" / "Reopen" where offered.
 */
export function CommentItem(props: {
  comment: CommentView;
  replies?: CommentView[];
  isAttached?: boolean;
  isActive?: boolean;
  onReveal?: () => void;
  onResolve?: (resolved: boolean) => void;
}) {
  const t = useTranslations("comments");
  const { comment } = props;
  const isResolved = comment.resolvedAt !== null;
  return (
    <li
      className={`rounded border px-3 py-2 text-sm ${
        props.isActive ? "border-[var(--color-accent)]" : "border-[var(--color-rule)]"
      } ${isResolved ? "bg-stone-50 text-[var(--color-muted)]" : "bg-white"}`}
      data-comment={comment.id}
    >
      {comment.anchor &&
        (props.isAttached && props.onReveal ? (
          <button
            type="button"
            onClick={props.onReveal}
            className="mb-1 block max-w-full truncate rounded text-left font-serif text-[var(--color-ink)] underline decoration-amber-400 decoration-2 underline-offset-2 hover:bg-amber-50"
          >
            “{comment.anchor.quote}”
          </button>
        ) : (
          <p className="mb-1 font-serif">
            <span className="line-through decoration-[var(--color-muted)]">
              “{comment.anchor.quote}”
            </span>{" "}
            <span className="text-xs text-[var(--color-muted)]">({t("textRemoved")})</span>
          </p>
        ))}
      <CommentBody comment={comment} />
      {props.replies && props.replies.length > 0 && (
        <ul className="mt-2 space-y-2 border-l-2 border-[var(--color-rule)] pl-3">
          {props.replies.map((reply) => (
            <li key={reply.id}>
              <CommentBody comment={reply} />
            </li>
          ))}
        </ul>
      )}
      {isResolved && comment.resolvedBy && (
        <p className="mt-1 text-xs">{t("resolvedBy", { name: comment.resolvedBy.name })}</p>
      )}
      {props.onResolve && (
        <Button size="xs" className="mt-2" onClick={() => props.onResolve?.(!isResolved)}>
          {isResolved ? t("reopen") : t("resolve")}
        </Button>
      )}
    </li>
  );
}

function CommentBody({ comment }: { comment: CommentView }) {
  const t = useTranslations("comments");
  const format = useFormatter();
  return (
    <>
      <p className="whitespace-pre-wrap break-words text-[var(--color-ink)]">{comment.body}</p>
      <p className="mt-1 text-xs text-[var(--color-muted)]">
        {comment.author?.name ?? t("formerUser")} ·{" "}
        <time dateTime={comment.createdAt}>
          {format.dateTime(new Date(comment.createdAt), {
            dateStyle: "medium",
            timeStyle: "short",
          })}
        </time>
      </p>
    </>
  );
}
