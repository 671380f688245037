"use client";

import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/schemas/action-result";

/**
 * Sentences for a publish or restore, in the UI language. A stale refusal names who
 * published in between, when, and what is different now (`details` from the server);
 * the editor's arrangement stays on screen, and the next press publishes over it.
 */
export function useFrontResult() {
  const t = useTranslations("front");
  return function sentence(result: ActionResult<unknown>, done: string): string {
    if (result.ok) return t(`done.${done}`);
    const d = result.details ?? {};
    if (d.reason === "stale") {
      const parts = [t("stale", { by: String(d.by), at: String(d.at) })];
      if (d.lead) parts.push(t("staleLead", { headline: String(d.lead) }));
      if (d.top) parts.push(t("staleTop"));
      if (d.sections) parts.push(t("staleSections", { sections: String(d.sections) }));
      parts.push(t("staleAgain"));
      return parts.join(" ");
    }
    if (d.reason === "notLive") return t("refusals.notLive", { headline: String(d.headline) });
    if (d.reason === "noSection") return t("refusals.noSection");
    const key = `refusals.${result.code}`;
    return t.has(key) ? t(key) : t("refusals.INTERNAL");
  };
}
