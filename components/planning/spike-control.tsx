"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Textarea } from "@/components/ui/field";
import { FormDialog } from "@/components/ui/form-dialog";
import type { ActionResult } from "@/lib/schemas/action-result";
import { usePlanAction } from "./use-plan-action";

type Spike = (input: {
  itemId: string;
  version: number;
  spiked: boolean;
  note?: string | null;
}) => Promise<ActionResult<unknown>>;

/** "Spike" (off the budget, on the record, with an optional note) and "Restore". */
export function SpikeControl(props: {
  itemId: string;
  version: number;
  spiked: boolean;
  action: Spike;
}) {
  const t = useTranslations("planning");
  const plan = usePlanAction<unknown>();
  const [asking, setAsking] = useState(false);
  const [note, setNote] = useState("");
  const refusal = plan.result && !plan.result.ok ? plan.sentence("spiked") : null;
  const send = (spiked: boolean, withNote: string | null) =>
    plan.run(
      () => props.action({ itemId: props.itemId, version: props.version, spiked, note: withNote }),
      () => setAsking(false),
    );
  return (
    <div className="flex flex-wrap items-center gap-2">
      {props.spiked ? (
        <Button disabled={plan.pending} onClick={() => send(false, null)}>
          {t("spike.restore")}
        </Button>
      ) : (
        <Button variant="danger" disabled={plan.pending} onClick={() => setAsking(true)}>
          {t("spike.spike")}
        </Button>
      )}
      {refusal && (
        <p role="alert" className="text-sm text-red-800">
          {refusal}
        </p>
      )}
      {asking && (
        <FormDialog
          title={t("spike.title")}
          submitLabel={t("spike.spike")}
          cancelLabel={t("cancel")}
          onClose={() => setAsking(false)}
          onSubmit={() => send(true, note)}
        >
          <p className="text-sm">{t("spike.explain")}</p>
          <Textarea
            label={t("spike.note")}
            value={note}
            onChange={(event) => setNote(event.target.value)}
            rows={2}
          />
        </FormDialog>
      )}
    </div>
  );
}
