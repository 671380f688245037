"use client";

import { EditorContent } from "@tiptap/react";
import { useTranslations } from "next-intl";
import { useMemo } from "react";
import { countDoc } from "@/lib/content/count";
import { Alert } from "@/components/ui/alert";
import { EditorMediaContext } from "./editor-media";
import { EditorToolbar } from "./editor-toolbar";
import type { ArticleEditorState } from "./use-article-editor";

/** "Body": the toolbar (for those who may edit), the Tiptap document and its counts. */
export function BodyField(props: {
  state: ArticleEditorState;
  onComment: (() => void) | undefined;
}) {
  const t = useTranslations("editor");
  const { editor, images, bodyDoc, mode, suggesting, setSuggesting } = props.state;
  const bodyCount = useMemo(() => countDoc(bodyDoc), [bodyDoc]);
  return (
    <div className="mt-6">
      <div className="flex items-center justify-between gap-2">
        <p id="body-label" className="text-sm font-medium">
          {t("body")}
        </p>
        {mode !== "read" && (
          // Those who may only suggest see it held on: the server refuses anything else.
          <button
            type="button"
            aria-pressed={suggesting}
            disabled={mode === "suggest"}
            onClick={() => {
              setSuggesting(!suggesting);
              // The editor's mode now, not after React's effect has run: an input method
              // started straight after the click composes a suggestion, not text.
              editor?.commands.setSuggestMode(!suggesting);
              // Back to the text, like the toolbar's buttons: the caret is where it was.
              editor?.commands.focus();
            }}
            className="inline-flex items-center gap-1 rounded border border-[var(--color-rule)] px-2 py-0.5 text-sm hover:bg-[var(--color-paper)] disabled:cursor-default aria-pressed:border-[var(--color-accent)] aria-pressed:bg-[var(--color-accent)] aria-pressed:text-white"
          >
            <span aria-hidden="true">✎</span>
            {t("suggest.toggle")}
          </button>
        )}
      </div>
      {suggesting && (
        <p className="text-xs text-[var(--color-muted)]">
          {mode === "suggest" ? t("suggest.onlyHint") : t("suggest.onHint")}
        </p>
      )}
      {mode !== "read" && (
        <EditorToolbar
          editor={editor}
          onComment={props.onComment}
          onImageFiles={(files) => void images.upload(files)}
        />
      )}
      <p role="status" className="text-sm text-[var(--color-muted)]">
        {images.status}
      </p>
      <Alert tone="error" className={images.error ? "my-2" : "sr-only"}>
        {images.error}
      </Alert>
      {/* Image node views render inside EditorContent (as portals), so they see this. */}
      <EditorMediaContext value={images.media}>
        <EditorContent editor={editor} aria-labelledby="body-label" />
      </EditorMediaContext>
      <p className="mt-2 text-sm text-[var(--color-muted)]" data-testid="body-count">
        {t("bodyCount", {
          units: bodyCount.units,
          han: bodyCount.han,
          words: bodyCount.words,
          minutes: bodyCount.readingMinutes,
        })}
      </p>
    </div>
  );
}
