"use client";

import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { useFieldErrors } from "@/components/ui/use-field-errors";
import {
  HEADLINE_LIMIT_RANGE,
  PUBLISH_CHECK_IDS,
  type PublishCheckId,
  type PublishChecksConfig,
} from "@/lib/content/publish-checks";
import type { ActionResult } from "@/lib/schemas/action-result";
import type { TPublishChecksInput } from "@/lib/schemas/publish-checks";

type Save = (input: TPublishChecksInput) => Promise<ActionResult<{ version: number }>>;

/**
 * One section's checklist: a checkbox per check and the headline limit. The version the
 * page was loaded at travels with the save and moves on with each, so a page left open
 * while someone else saved is refused rather than applied over their change.
 */
export function PublishChecksForm(props: {
  sectionId: string;
  version: number;
  config: PublishChecksConfig;
  save: Save;
}) {
  const t = useTranslations("publishChecks");
  const [checks, setChecks] = useState<ReadonlySet<PublishCheckId>>(
    () => new Set(props.config.checks),
  );
  const [limit, setLimit] = useState(String(props.config.headlineLimit));
  const [version, setVersion] = useState(props.version);
  const [result, setResult] = useState<ActionResult<{ version: number }> | null>(null);
  const [pending, startTransition] = useTransition();
  const fieldError = useFieldErrors(result);

  const toggle = (id: PublishCheckId, on: boolean) =>
    setChecks((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    setResult(null);
    startTransition(async () => {
      const answer = await props.save({
        sectionId: props.sectionId,
        version,
        checks: PUBLISH_CHECK_IDS.filter((id) => checks.has(id)),
        // Empty or not a number: the server's sentence says what the field needs.
        headlineLimit: limit.trim() === "" ? Number.NaN : Number(limit),
      });
      if (answer.ok) setVersion(answer.data.version);
      setResult(answer);
    });
  };
  const refusal = result && !result.ok && !result.fieldErrors ? result : null;

  return (
    <form onSubmit={submit} className="space-y-5" aria-labelledby="checks-heading">
      <fieldset className="space-y-2">
        <legend className="mb-1 font-semibold">{t("legend")}</legend>
        {PUBLISH_CHECK_IDS.map((id) => (
          <label key={id} className="flex items-center gap-2 text-sm">
            <input
              type="checkbox"
              name="checks"
              value={id}
              checked={checks.has(id)}
              onChange={(event) => toggle(id, event.target.checked)}
            />
            {t(`names.${id}`)}
          </label>
        ))}
      </fieldset>
      <TextField
        id="checks-headline-limit"
        name="headlineLimit"
        type="number"
        inputMode="numeric"
        min={HEADLINE_LIMIT_RANGE.min}
        max={HEADLINE_LIMIT_RANGE.max}
        step={1}
        label={t("headlineLimit")}
        hint={t("headlineLimitHint")}
        value={limit}
        error={fieldError("headlineLimit")}
        onChange={(event) => setLimit(event.target.value)}
        className="max-w-xs"
      />
      {result?.ok && <Alert tone="success">{t("saved")}</Alert>}
      {refusal && (
        <Alert tone="error">
          {refusal.details?.reason === "stale"
            ? t("stale")
            : t.has(`results.${refusal.code}`)
              ? t(`results.${refusal.code}`)
              : refusal.message}
        </Alert>
      )}
      <Button type="submit" variant="primary" disabled={pending}>
        {t("save")}
      </Button>
    </form>
  );
}
