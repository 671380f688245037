"use client";

import type { Editor } from "@tiptap/react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { safeHref } from "@/lib/content/safe-href";
import { Button } from "@/components/ui/button";
import { FormDialog } from "@/components/ui/form-dialog";
import { TextField } from "@/components/ui/field";

/**
 * "Link address" for the selection (or the link the cursor is in). Enter applies, Escape
 * cancels; an empty address removes the link. With nothing selected, the address itself
 * is inserted as linked text, so the button never seems to do nothing.
 */
export function LinkDialog({ editor, onClose }: { editor: Editor; onClose: () => void }) {
  const t = useTranslations("editor.linkDialog");
  const current = editor.getAttributes("link").href as string | undefined;
  const [href, setHref] = useState(current ?? "https://");
  const [error, setError] = useState<string | undefined>();

  const apply = () => {
    const text = href.trim();
    // No .focus(): Tiptap focuses the view a frame later, which would race the dialog
    // handing focus back to the button that opened it.
    const chain = () => editor.chain().extendMarkRange("link");
    if (text === "" || text === "https://") {
      if (current) chain().unsetLink().run();
      return onClose();
    }
    const safe = safeHref(text);
    if (!safe) return setError(t("invalid"));
    if (editor.state.selection.empty && !current)
      editor
        .chain()
        .insertContent({ type: "text", text, marks: [{ type: "link", attrs: { href: safe } }] })
        .run();
    else chain().setLink({ href: safe }).run();
    onClose();
  };

  return (
    <FormDialog
      title={current ? t("editTitle") : t("title")}
      submitLabel={t("apply")}
      cancelLabel={t("cancel")}
      onSubmit={apply}
      onClose={onClose}
      extra={
        current && (
          <Button
            variant="ghost"
            onClick={() => {
              editor.chain().extendMarkRange("link").unsetLink().run();
              onClose();
            }}
          >
            {t("remove")}
          </Button>
        )
      }
    >
      <TextField
        label={t("address")}
        hint={t("hint")}
        error={error}
        value={href}
        inputMode="url"
        autoComplete="url"
        spellCheck={false}
        data-autofocus
        onChange={(event) => {
          setHref(event.target.value);
          setError(undefined);
        }}
      />
    </FormDialog>
  );
}
