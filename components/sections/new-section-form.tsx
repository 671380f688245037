"use client";

import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/schemas/action-result";
import type { DeskHeadChoice, TSectionFormInput } from "@/lib/schemas/sections";
import { EMPTY_SECTION, SectionFields, type SectionValues } from "./section-fields";
import { useSectionResult } from "./use-section-result";

type Create = (input: TSectionFormInput) => Promise<ActionResult<{ id: string; slug: string }>>;

/** "New section": cleared once the section exists, kept as typed when refused. */
export function NewSectionForm({ action, people }: { action: Create; people: DeskHeadChoice[] }) {
  const t = useTranslations("sections");
  const { sentence, fieldError } = useSectionResult();
  const [values, setValues] = useState<SectionValues>(EMPTY_SECTION);
  const [result, setResult] = useState<ActionResult<unknown> | null>(null);
  const [pending, startTransition] = useTransition();
  const message = sentence(result, "created");
  return (
    <form
      aria-labelledby="new-section-heading"
      className="space-y-3 rounded border border-[var(--color-rule)] p-4"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        setResult(null); // the last answer is not this one's
        startTransition(async () => {
          const answer = await action(values);
          setResult(answer);
          if (answer.ok) setValues(EMPTY_SECTION);
        });
      }}
    >
      <h2 id="new-section-heading" className="font-semibold">
        {t("new")}
      </h2>
      <SectionFields
        idPrefix="new-section"
        values={values}
        onChange={setValues}
        errorFor={(name) => fieldError(result, name)}
        people={people}
      />
      <Button type="submit" variant="primary" disabled={pending}>
        {t("create")}
      </Button>
      {message && (
        <Alert role="status" tone={result?.ok ? "success" : "error"}>
          <p>{message}</p>
        </Alert>
      )}
    </form>
  );
}
