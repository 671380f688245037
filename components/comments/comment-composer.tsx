"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { Textarea } from "@/components/ui/field";
import { COMMENT_MAX } from "@/lib/content/comment-limits";

/**
 * The one place comments are written: for the article's thread, or (with `quote`) for
 * the text selected in the body. Ctrl/⌘ Enter sends, Escape drops an inline draft.
 */
export function CommentComposer(props: {
  quote: string | null;
  focusKey: number;
  isBusy: boolean;
  error: string | null;
  onSubmit: (body: string) => Promise<boolean>;
  onCancel: () => void;
}) {
  const t = useTranslations("comments");
  const [body, setBody] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const textarea = useRef<HTMLTextAreaElement>(null);

  // "Comment" in the toolbar moves the keyboard here.
  useEffect(() => {
    if (props.focusKey > 0) textarea.current?.focus();
  }, [props.focusKey]);

  const submit = async () => {
    const text = body.trim();
    if (text === "") return setProblem(t("errors.empty"));
    if (text.length > COMMENT_MAX) return setProblem(t("errors.tooLong", { max: COMMENT_MAX }));
    setProblem(null);
    if (await props.onSubmit(text)) setBody("");
  };
  const shown = problem ?? props.error;

  return (
    <form
      className="space-y-2"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      {props.quote !== null && (
        <p className="rounded bg-amber-50 px-2 py-1 font-serif text-sm">
          {t("onQuote", { quote: props.quote })}
        </p>
      )}
      <Textarea
        label={t("add")}
        ref={textarea}
        rows={3}
        value={body}
        error={shown ?? undefined}
        onChange={(event) => setBody(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
            event.preventDefault();
            void submit();
          } else if (event.key === "Escape" && props.quote !== null) {
            event.preventDefault();
            props.onCancel();
          }
        }}
      />
      {/* The field shows the sentence; this announces it when it appears. */}
      <p role="alert" className="sr-only">
        {shown}
      </p>
      <div className="flex gap-2">
        <Button type="submit" variant="primary" disabled={props.isBusy}>
          {t("add")}
        </Button>
        {props.quote !== null && (
          <Button variant="link" onClick={props.onCancel}>
            {t("cancel")}
          </Button>
        )}
      </div>
    </form>
  );
}
