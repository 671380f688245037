import { getTranslations } from "next-intl/server";
import { activityLabelKey, readRevisionReason } from "@/lib/workflow/activity";

/**
 * What History and Timeline say about a revision's reason, in the UI language: the
 * workflow step with its note, or the version a restore brought back; "" when the kind
 * says it all. The stored reason is English for logs and never shown as it is.
 */
export async function getRevisionReasonText() {
  const t = await getTranslations();
  return (kind: string, reason: string | null): string => {
    const read = readRevisionReason(kind, reason);
    if (read.restoredVersion !== undefined)
      return t("history.restoredVersion", { version: read.restoredVersion });
    if (!read.step) return read.note ?? "";
    const step = t(activityLabelKey(read.step));
    return read.note ? t("history.note", { step, note: read.note }) : step;
  };
}
