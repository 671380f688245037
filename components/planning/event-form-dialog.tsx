"use client";

import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { FormDialog } from "@/components/ui/form-dialog";
import type { ActionResult } from "@/lib/schemas/action-result";
import type { EventSectionChoice } from "@/lib/schemas/plan-events";
import { EventFields, type EventValues } from "./event-fields";
import { useEventResult } from "./use-event-result";

/**
 * "New event" and "Edit event": the fields in a dialog; closes on success, keeps the
 * typing on a refusal (a stale edit says who saved and when).
 */
export function EventFormDialog({
  title,
  submitLabel,
  initial,
  sections,
  save,
  onClose,
}: {
  title: string;
  submitLabel: string;
  initial: EventValues;
  sections: EventSectionChoice[];
  save: (values: EventValues) => Promise<ActionResult<unknown>>;
  onClose: (saved: EventValues | null) => void;
}) {
  const t = useTranslations("planning.eventsPage");
  const { sentence, fieldError } = useEventResult();
  const [values, setValues] = useState(initial);
  const [result, setResult] = useState<ActionResult<unknown> | null>(null);
  const [pending, startTransition] = useTransition();
  const message = sentence(result);
  return (
    <FormDialog
      title={title}
      submitLabel={submitLabel}
      cancelLabel={t("cancel")}
      onClose={() => onClose(null)}
      onSubmit={() => {
        if (pending) return;
        startTransition(async () => {
          const answer = await save(values);
          setResult(answer);
          if (answer.ok) onClose(values);
        });
      }}
    >
      <EventFields
        values={values}
        onChange={setValues}
        errorFor={(name) => fieldError(result, name)}
        sections={sections}
      />
      {message && (
        <Alert tone="error">
          <p>{message}</p>
        </Alert>
      )}
    </FormDialog>
  );
}
