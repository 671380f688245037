"use client";

import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { TextField } from "@/components/ui/field";
import { FormDialog } from "@/components/ui/form-dialog";
import { useResultSentences } from "@/components/ui/use-result-sentences";
import type { ActionResult } from "@/lib/schemas/action-result";
import type { TagRow, TRenameTagInput } from "@/lib/schemas/tags";

export type RenameTag = (input: TRenameTagInput) => Promise<ActionResult<{ slug: string }>>;

/** "Rename": name and slug in a dialog; closes on success, keeps the typing on refusal. */
export function RenameTagDialog({
  tag,
  action,
  onClose,
}: {
  tag: TagRow;
  action: RenameTag;
  onClose: (saved: boolean) => void;
}) {
  const t = useTranslations("tags");
  const { sentence, fieldError } = useResultSentences("tags");
  const [name, setName] = useState(tag.name);
  const [slug, setSlug] = useState(tag.slug);
  const [result, setResult] = useState<ActionResult<unknown> | null>(null);
  const [pending, startTransition] = useTransition();
  const nameError = fieldError(result, "name");
  const slugError = fieldError(result, "slug");
  const message = result && !result.ok && !nameError && !slugError ? sentence(result, "") : null;
  return (
    <FormDialog
      title={t("renameTitle", { name: tag.name })}
      submitLabel={t("save")}
      cancelLabel={t("cancel")}
      onClose={() => onClose(false)}
      onSubmit={() => {
        if (pending) return;
        startTransition(async () => {
          const answer = await action({ tagId: tag.id, name, slug });
          setResult(answer);
          if (answer.ok) onClose(true);
        });
      }}
    >
      <TextField
        label={t("name")}
        value={name}
        onChange={(e) => setName(e.target.value)}
        error={nameError}
        data-autofocus
      />
      <TextField
        label={t("slug")}
        hint={t("slugHint")}
        value={slug}
        onChange={(e) => setSlug(e.target.value)}
        error={slugError}
        spellCheck={false}
        controlClassName="font-mono"
      />
      {message && (
        <Alert tone="error">
          <p>{message}</p>
        </Alert>
      )}
    </FormDialog>
  );
}
