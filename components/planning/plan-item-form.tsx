"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/schemas/action-result";
import { PlanItemFields, type Choice, type PlanItemValues } from "./plan-item-fields";
import { formValues, usePlanAction } from "./use-plan-action";

type Save = (input: never) => Promise<ActionResult<{ id: string }>>;

/**
 * "New pitch", "New planned item" and an item's "Edit" in one form. A new pitch goes back
 * to the pitches, a new item opens its page, an edit stays (with the version it was based
 * on, so a change someone made meanwhile is refused rather than overwritten).
 */
export function PlanItemForm(props: {
  mode: "pitch" | "item" | "edit";
  action: Save;
  values: PlanItemValues;
  sections: Choice[];
  events?: Choice[];
  itemId?: string;
  version?: number;
}) {
  const t = useTranslations("planning");
  const router = useRouter();
  const plan = usePlanAction<{ id: string }>();
  const message = plan.sentence(props.mode === "edit" ? "saved" : "created");
  return (
    <form
      noValidate
      aria-label={t(`forms.${props.mode}`)}
      className="space-y-4"
      onSubmit={(event) => {
        event.preventDefault();
        const values = formValues(event.currentTarget);
        const input =
          props.mode === "edit"
            ? { ...values, itemId: props.itemId, version: props.version }
            : values;
        plan.run(
          () => props.action(input as never),
          props.mode === "edit"
            ? undefined
            : ({ id }) =>
                router.push(
                  props.mode === "pitch"
                    ? "/newsroom/planning/pitches"
                    : `/newsroom/planning/items/${id}`,
                ),
          { navigates: props.mode !== "edit" },
        );
      }}
    >
      <PlanItemFields
        values={props.values}
        sections={props.sections}
        events={props.events}
        slots={props.mode !== "pitch"}
        errorFor={plan.fieldError}
      />
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" variant="primary" disabled={plan.pending}>
          {t(`submit.${props.mode}`)}
        </Button>
        {message && (
          <Alert role="status" tone={plan.result?.ok ? "success" : "error"}>
            <p>{message}</p>
          </Alert>
        )}
      </div>
    </form>
  );
}
