"use client";

import { EditorContent } from "@tiptap/react";
import { useTranslations } from "next-intl";
import { useEffect, useId, useState, useTransition } from "react";
import { EditorMediaContext, type EditorMedia } from "@/components/editor/editor-media";
import { EditorToolbar } from "@/components/editor/editor-toolbar";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import type { Doc } from "@/lib/content/doc";
import type { ActionResult } from "@/lib/schemas/action-result";
import { useLiveSentences } from "./live-sentences";
import { useUpdateEditor } from "./use-update-editor";

export type UpdateDraft = {
  title: string | null;
  body: unknown;
  isKey: boolean;
  authorIds: string[];
};

/**
 * "Add update" (or an update being edited): an optional title, the text in the body's
 * own editor (images included), "Key event" and the authors (the writer by default).
 * `onWriting` tells the desk whether something is typed, for "… is writing an update".
 */
export function UpdateComposer(props: {
  heading: string;
  submitLabel: string;
  initial?: { title: string | null; body: Doc; isKey: boolean; authorIds: string[] };
  authorChoices: { id: string; name: string }[];
  defaultAuthorId: string | null;
  media?: EditorMedia[];
  hint?: string;
  submit: (draft: UpdateDraft) => Promise<ActionResult<unknown>>;
  /** The sentence's key for a success, from the result (say "held" for a waiting update). */
  doneKey: (result: ActionResult<unknown>) => string;
  onDone: () => void;
  onCancel?: () => void;
  onWriting?: (writing: boolean) => void;
}) {
  const t = useTranslations("live.desk");
  const sentence = useLiveSentences();
  const id = useId();
  const [title, setTitle] = useState(props.initial?.title ?? "");
  const [isKey, setKey] = useState(props.initial?.isKey ?? false);
  const [authors, setAuthors] = useState<string[]>(
    props.initial?.authorIds ?? (props.defaultAuthorId ? [props.defaultAuthorId] : []),
  );
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [isPending, startTransition] = useTransition();
  const { editor, images, isEmpty } = useUpdateEditor({
    label: t("updateLabel"),
    ...(props.initial ? { initial: props.initial.body } : {}),
    ...(props.media ? { media: props.media } : {}),
  });
  const { onWriting } = props;
  const writing = !isEmpty || title.trim() !== "";
  useEffect(() => onWriting?.(writing), [onWriting, writing]);

  const send = (event: React.FormEvent) => {
    event.preventDefault();
    if (!editor) return;
    setMessage(null);
    startTransition(async () => {
      const result = await props.submit({
        title: title.trim() || null,
        // ProseMirror's attrs objects have no prototype, which a server action's arguments
        // cannot carry (React would send a reference the server cannot read): plain JSON.
        body: JSON.parse(JSON.stringify(editor.getJSON())) as unknown,
        isKey,
        authorIds: authors,
      });
      setMessage(sentence(result, props.doneKey(result)));
      if (!result.ok) return;
      if (!props.initial) {
        setTitle("");
        setKey(false);
        editor.commands.clearContent(true);
      }
      props.onDone();
    });
  };

  return (
    <form
      onSubmit={send}
      aria-labelledby={`${id}-heading`}
      className="space-y-3 rounded border border-[var(--color-rule)] bg-[var(--color-paper)] p-4"
    >
      <h3 id={`${id}-heading`} className="font-semibold">
        {props.heading}
      </h3>
      {props.hint && <p className="text-sm text-[var(--color-muted)]">{props.hint}</p>}
      <TextField
        label={t("titleLabel")}
        value={title}
        maxLength={120}
        onChange={(event) => setTitle(event.target.value)}
      />
      <div>
        <p id={`${id}-body`} className="mb-1 text-sm font-medium">
          {t("updateLabel")}
        </p>
        <EditorToolbar editor={editor} onImageFiles={(files) => void images.upload(files)} />
        <p role="status" className="text-sm text-[var(--color-muted)]">
          {images.status}
        </p>
        {images.error && <Alert tone="error">{images.error}</Alert>}
        <EditorMediaContext value={images.media}>
          {/* The text box names itself ("Update", its aria-label): a label on this plain
              wrapper would be an ARIA attribute its role does not allow. */}
          <EditorContent editor={editor} />
        </EditorMediaContext>
      </div>
      <label className="flex items-start gap-2 text-sm">
        <input
          type="checkbox"
          className="mt-1"
          checked={isKey}
          onChange={(event) => setKey(event.target.checked)}
        />
        <span>
          <span className="font-medium">{t("keyEvent")}</span>
          <span className="block text-[var(--color-muted)]">{t("keyEventHint")}</span>
        </span>
      </label>
      {props.authorChoices.length > 1 && (
        <fieldset className="text-sm">
          <legend className="font-medium">{t("authors")}</legend>
          <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
            {props.authorChoices.map((choice) => (
              <label key={choice.id} className="flex items-center gap-1.5">
                <input
                  type="checkbox"
                  checked={authors.includes(choice.id)}
                  onChange={(event) =>
                    setAuthors((current) =>
                      event.target.checked
                        ? [...current, choice.id]
                        : current.filter((author) => author !== choice.id),
                    )
                  }
                />
                {choice.name}
              </label>
            ))}
          </div>
        </fieldset>
      )}
      <div className="flex flex-wrap items-center gap-2">
        <Button type="submit" variant="primary" disabled={isPending || !editor}>
          {props.submitLabel}
        </Button>
        {props.onCancel && (
          <Button type="button" onClick={props.onCancel}>
            {t("cancel")}
          </Button>
        )}
      </div>
      {message && <Alert tone={message.ok ? "success" : "error"}>{message.text}</Alert>}
    </form>
  );
}
