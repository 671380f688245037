"use client";

import type { Editor } from "@tiptap/react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { FormDialog } from "@/components/ui/form-dialog";
import { TextField } from "@/components/ui/field";

/**
 * A reading (pinyin, zhuyin, jyutping) over characters: the selection fills
 * "Characters", the person types the reading; Enter inserts, Escape cancels.
 */
export function RubyDialog({ editor, onClose }: { editor: Editor; onClose: () => void }) {
  const t = useTranslations("editor.rubyDialog");
  const { from, to } = editor.state.selection;
  const [base, setBase] = useState(() => editor.state.doc.textBetween(from, to).trim());
  const [reading, setReading] = useState("");
  const [errors, setErrors] = useState<{ base?: string; reading?: string }>({});

  const apply = () => {
    const next = {
      ...(base.trim() ? {} : { base: t("needsBase") }),
      ...(reading.trim() ? {} : { reading: t("needsReading") }),
    };
    if (next.base || next.reading) return setErrors(next);
    // No .focus(): the dialog hands focus back to the button that opened it.
    const chain = editor.chain();
    (from === to ? chain : chain.deleteSelection())
      .setRuby({ base: base.trim(), reading: reading.trim() })
      .run();
    onClose();
  };

  return (
    <FormDialog
      title={t("title")}
      submitLabel={t("apply")}
      cancelLabel={t("cancel")}
      onSubmit={apply}
      onClose={onClose}
    >
      <TextField
        label={t("base")}
        error={errors.base}
        value={base}
        data-autofocus={base ? undefined : true}
        onChange={(event) => setBase(event.target.value)}
        controlClassName="font-serif text-base"
      />
      <TextField
        label={t("reading")}
        hint={t("hint")}
        error={errors.reading}
        value={reading}
        data-autofocus={base ? true : undefined}
        spellCheck={false}
        onChange={(event) => setReading(event.target.value)}
      />
    </FormDialog>
  );
}
