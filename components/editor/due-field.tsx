"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { instantToWallTime, wallTimeToInstant } from "@/lib/time-zone";

/**
 * "Due": the story's deadline, typed as a wall time in the newsroom's zone (like "Publish
 * at") whatever the browser's own zone is, and kept as an instant. A half-typed time
 * leaves the saved deadline as it was and says so, rather than clearing it.
 */
export function DueField(props: {
  value: string | null;
  timeZone: string;
  disabled: boolean;
  onChange: (dueAt: string | null) => void;
}) {
  const t = useTranslations("editor");
  const shown = props.value ? instantToWallTime(new Date(props.value), props.timeZone) : "";
  // The text while it names no time (null once it does, or is empty).
  const [draft, setDraft] = useState<string | null>(null);
  const set = (dueAt: string | null) => {
    setDraft(null);
    props.onChange(dueAt);
  };
  return (
    // The clear button goes under the field: beside it, the sidebar squeezed the time.
    <div>
      <TextField
        id="due-at"
        label={t("dueAt")}
        hint={t("dueHint", { zone: props.timeZone })}
        error={draft !== null ? t("dueIncomplete") : undefined}
        type="datetime-local"
        value={draft ?? shown}
        onChange={(event) => {
          const text = event.target.value;
          // Chromium reports a partly filled control as "" with badInput set.
          if (text === "") return event.target.validity.badInput ? setDraft("") : set(null);
          const instant = wallTimeToInstant(text, props.timeZone);
          if (instant) set(instant.toISOString());
          else setDraft(text);
        }}
      />
      {(props.value || draft !== null) && (
        <Button
          size="sm"
          variant="ghost"
          className="mt-1"
          disabled={props.disabled}
          onClick={() => set(null)}
        >
          {t("clearDue")}
        </Button>
      )}
    </div>
  );
}
