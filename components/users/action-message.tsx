"use client";

import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";

export type ResultState = {
  ok?: boolean;
  code?: string;
  email?: string;
  link?: string;
  mailed?: boolean;
};

/** The sentence for an action's result code, in the UI language, with a link when one was issued. */
export function ActionMessage({ state }: { state: ResultState }) {
  const t = useTranslations("results");
  if (!state.code) return null;
  const message = t.has(state.code) ? t(state.code, { email: state.email ?? "" }) : t("INTERNAL");
  return (
    // A status either way: the answer to the button just pressed, read out politely.
    <Alert role="status" tone={state.ok ? "success" : "error"}>
      <p>{message}</p>
      {state.link && <p className="mt-1 break-all font-mono text-xs">{state.link}</p>}
      {state.mailed && <p className="mt-1">{t("mailed")}</p>}
    </Alert>
  );
}
