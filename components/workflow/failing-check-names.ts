"use client";

import { useLocale, useTranslations } from "next-intl";

/**
 * For the workflow panel's refusal sentence (`workflow.errors.checksFailed`, `{items}`):
 * a "checksFailed" refusal's `details.checks` (ids joined by commas) as the checks' names
 * in the UI language, listed as the language lists things. Apart from the checklist so the
 * panel does not pull the checklist's code into every editor page.
 */
export function useFailingCheckNames(): (checks: unknown) => string {
  const t = useTranslations("publishChecks.names");
  const locale = useLocale();
  return (checks) => {
    const names = String(checks ?? "")
      .split(",")
      .filter((id) => id !== "" && t.has(id))
      .map((id) => t(id));
    return new Intl.ListFormat(locale, { type: "conjunction" }).format(names);
  };
}
