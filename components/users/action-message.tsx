"use client";

import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { refusalKey, type ActionResult } from "@/lib/schemas/action-result";

/** What a form's success says: the sentence's key (`results.*`), and a link when one was issued. */
export type Notice = { notice?: string; email?: string; link?: string; mailed?: boolean };
/** useActionState's state for these forms: nothing yet, or the last answer. */
export type ResultState = ActionResult<Notice> | null;

/** The sentence for an action's result, in the UI language, with a link when one was issued. */
export function ActionMessage({ state }: { state: ActionResult<unknown> | null }) {
  const t = useTranslations("results");
  if (!state) return null;
  const notice: Notice = state.ok ? ((state.data ?? {}) as Notice) : {};
  const code = state.ok ? notice.notice : refusalKey(state, (key) => t.has(key));
  if (!code) return null;
  const message = t.has(code) ? t(code, { email: notice.email ?? "" }) : t("INTERNAL");
  return (
    // A status either way: the answer to the button just pressed, read out politely.
    <Alert role="status" tone={state.ok ? "success" : "error"}>
      <p>{message}</p>
      {notice.link && <p className="mt-1 break-all font-mono text-xs">{notice.link}</p>}
      {notice.mailed && <p className="mt-1">{t("mailed")}</p>}
    </Alert>
  );
}
