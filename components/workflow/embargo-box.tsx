"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";

/** "Embargo until": set or lift the time before which the story may not be published. */
export function EmbargoBox(props: {
  initial: string;
  isSet: boolean;
  busy: boolean;
  onSave: (until: string | null) => void;
}) {
  const t = useTranslations("workflow");
  const [embargo, setEmbargo] = useState(props.initial);
  return (
    <div className="mt-4 border-t border-[var(--color-rule)] pt-3">
      <TextField
        label={t("embargoUntil")}
        type="datetime-local"
        value={embargo}
        onChange={(event) => setEmbargo(event.target.value)}
      />
      <div className="mt-2 flex gap-2">
        <Button disabled={props.busy || !embargo} onClick={() => props.onSave(embargo)}>
          {t("setEmbargo")}
        </Button>
        {props.isSet && (
          <Button disabled={props.busy} onClick={() => props.onSave(null)}>
            {t("liftEmbargo")}
          </Button>
        )}
      </div>
    </div>
  );
}
