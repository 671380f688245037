"use client";

import { useTranslations } from "next-intl";

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
    <div
      role="status"
      className={`rounded border px-3 py-2 text-sm ${state.ok ? "border-green-200 bg-green-50 text-green-900" : "border-red-200 bg-red-50 text-red-800"}`}
    >
      <p>{message}</p>
      {state.link && <p className="mt-1 break-all font-mono text-xs">{state.link}</p>}
      {state.mailed && <p className="mt-1">{t("mailed")}</p>}
    </div>
  );
}
