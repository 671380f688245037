"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Textarea } from "@/components/ui/field";
import { FormDialog } from "@/components/ui/form-dialog";
import type { ActionResult } from "@/lib/schemas/action-result";
import type { TDecidePitch } from "@/lib/schemas/planning";
import { usePlanAction } from "./use-plan-action";

type Decide = (input: {
  itemId: string;
  decision: TDecidePitch["decision"];
  note?: string | null;
}) => Promise<ActionResult<unknown>>;

/** An editor's "Accept" and "Decline" (with a note the pitcher reads) on one pitch. */
export function PitchDecision(props: { itemId: string; headline: string; action: Decide }) {
  const t = useTranslations("planning");
  const plan = usePlanAction<unknown>();
  const [declining, setDeclining] = useState(false);
  const [note, setNote] = useState("");
  const message = plan.result && !plan.result.ok ? plan.sentence("decided") : null;
  return (
    <div className="flex flex-wrap items-center gap-2">
      <Button
        variant="primary"
        disabled={plan.pending}
        aria-label={t("pitch.acceptNamed", { headline: props.headline })}
        onClick={() => plan.run(() => props.action({ itemId: props.itemId, decision: "accept" }))}
      >
        {t("pitch.accept")}
      </Button>
      <Button
        disabled={plan.pending}
        aria-label={t("pitch.declineNamed", { headline: props.headline })}
        onClick={() => setDeclining(true)}
      >
        {t("pitch.decline")}
      </Button>
      {message && !declining && (
        <p role="alert" className="text-sm text-red-800">
          {message}
        </p>
      )}
      {declining && (
        <FormDialog
          title={t("pitch.declineTitle", { headline: props.headline })}
          submitLabel={t("pitch.decline")}
          cancelLabel={t("cancel")}
          onClose={() => setDeclining(false)}
          onSubmit={() =>
            plan.run(
              () => props.action({ itemId: props.itemId, decision: "decline", note }),
              () => setDeclining(false),
            )
          }
        >
          <Textarea
            label={t("pitch.note")}
            value={note}
            onChange={(event) => setNote(event.target.value)}
            rows={3}
            hint={t("pitch.noteHint")}
            error={plan.fieldError("note")}
          />
        </FormDialog>
      )}
    </div>
  );
}
