"use client";

import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { FormDialog } from "@/components/ui/form-dialog";
import type { ActionResult } from "@/lib/schemas/action-result";
import type { DeskHeadChoice, SectionRow, TSectionUpdateInput } from "@/lib/schemas/sections";
import { SectionFields, type SectionValues } from "./section-fields";
import { useSectionResult } from "./use-section-result";

export type UpdateSection = (input: TSectionUpdateInput) => Promise<ActionResult<{ slug: string }>>;

function valuesOf(section: SectionRow, people: DeskHeadChoice[]): SectionValues {
  return {
    name: section.name,
    nameHans: section.nameHans ?? "",
    nameEn: section.nameEn,
    slug: section.slug,
    description: section.description ?? "",
    liveUpdatesNeedEditor: section.liveUpdatesNeedEditor,
    // A head who has since left the desk's roles is not offered, so is not sent back.
    headIds: section.headIds.filter((id) => people.some((person) => person.id === id)),
  };
}

/** "Edit": the section's fields in a dialog; closes on success, keeps the typing on refusal. */
export function EditSectionDialog({
  section,
  people,
  action,
  onClose,
}: {
  section: SectionRow;
  people: DeskHeadChoice[];
  action: UpdateSection;
  onClose: (saved: boolean) => void;
}) {
  const t = useTranslations("sections");
  const { sentence, fieldError } = useSectionResult();
  const [values, setValues] = useState(() => valuesOf(section, people));
  const [result, setResult] = useState<ActionResult<unknown> | null>(null);
  const [pending, startTransition] = useTransition();
  const message = result && !result.ok ? sentence(result, "saved") : null;
  return (
    <FormDialog
      title={t("editTitle", { name: section.name })}
      submitLabel={t("save")}
      cancelLabel={t("cancel")}
      onClose={() => onClose(false)}
      onSubmit={() => {
        if (pending) return;
        startTransition(async () => {
          const answer = await action({ sectionId: section.id, ...values });
          setResult(answer);
          if (answer.ok) onClose(true);
        });
      }}
    >
      <SectionFields
        idPrefix={`edit-${section.id}`}
        values={values}
        onChange={setValues}
        errorFor={(name) => fieldError(result, name)}
        people={people}
      />
      {message && (
        <Alert tone="error">
          <p>{message}</p>
        </Alert>
      )}
    </FormDialog>
  );
}
