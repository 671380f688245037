"use client";

import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/schemas/action-result";

/**
 * Sentences for an event action's answer, in the UI language: a refusal's `reason` names
 * `planning.eventsPage.refusals.<reason>` (a stale edit with who saved it and when), else its
 * code; zod's refusals show beside their field from `planning.eventsPage.fieldErrors.*`.
 */
export function useEventResult() {
  const t = useTranslations("planning.eventsPage");
  const text = (result: ActionResult<unknown>, key: string) => {
    if (result.ok) return "";
    const by = result.details?.by;
    const at = result.details?.at;
    return t(key, {
      by: typeof by === "string" ? by : "",
      at: typeof at === "string" && at ? at : "-",
    });
  };

  function sentence(result: ActionResult<unknown> | null): string | null {
    if (!result || result.ok) return null;
    const reason = result.details?.reason;
    if (typeof reason === "string" && t.has(`refusals.${reason}`))
      return text(result, `refusals.${reason}`);
    const code = `refusals.${result.code}`;
    return t.has(code) ? t(code) : t("refusals.INTERNAL");
  }

  function fieldError(result: ActionResult<unknown> | null, name: string): string | undefined {
    if (!result || result.ok) return undefined;
    const given = result.fieldErrors?.[name];
    if (!given?.length) return undefined;
    const reason = result.details?.reason;
    if (typeof reason === "string" && t.has(`refusals.${reason}`))
      return text(result, `refusals.${reason}`);
    // One field can fail for several reasons (links: too many, not http): the server's
    // English sentence is precise; the translated one names the field's usual mistake.
    const key = `fieldErrors.${name}`;
    return result.code === "INVALID_INPUT" && t.has(key) ? t(key) : given[0];
  }

  return { sentence, fieldError };
}
