"use client";

import { useTranslations } from "next-intl";
import type { SaveStatus } from "./use-autosave";

const TONE: Record<SaveStatus, string> = {
  saved: "text-[var(--color-muted)]",
  saving: "text-[var(--color-muted)]",
  unsaved: "text-amber-700",
  offline: "text-amber-800 font-medium",
  conflict: "text-red-800 font-medium",
  merging: "text-red-800 font-medium",
  refused: "text-red-800 font-medium",
};

/** "Saving…", "Saved", "Unsaved changes", "Offline – changes kept on this device". */
export function SaveStatusText({ status }: { status: SaveStatus }) {
  const t = useTranslations("editor.status");
  return (
    <p
      role="status"
      aria-live="polite"
      className={`text-sm ${TONE[status]}`}
      data-save-status={status}
    >
      {t(status)}
    </p>
  );
}
