"use client";

import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/schemas/action-result";

/**
 * Sentences for a section action's answer, in the UI language. A refusal's `reason` (a
 * taken name, a slug with nothing left in Latin letters, the stories still in a section)
 * names its own sentence, shown beside the field the server named; zod's refusals use
 * `sections.fieldErrors.*`. (The shared `useFieldErrors` would pick the publication
 * settings' `fieldErrors.nameEn`, about a different form.)
 */
export function useSectionResult() {
  const t = useTranslations("sections");
  const reasonOf = (result: ActionResult<unknown>) => {
    if (result.ok) return null;
    const reason = result.details?.reason;
    return typeof reason === "string" && t.has(`refusals.${reason}`) ? reason : null;
  };
  const count = (result: ActionResult<unknown>) =>
    !result.ok && typeof result.details?.count === "number" ? result.details.count : 0;

  /** The sentence under the form or row: what happened, or why not. */
  function sentence(result: ActionResult<unknown> | null, done: string): string | null {
    if (!result) return null;
    if (result.ok) return t(`done.${done}`);
    const reason = reasonOf(result);
    if (reason) return t(`refusals.${reason}`, { count: count(result) });
    const code = `refusals.${result.code}`;
    return t.has(code) ? t(code) : t("refusals.INTERNAL");
  }

  /** The sentence beside field `name`, when the refusal is about it. */
  function fieldError(result: ActionResult<unknown> | null, name: string): string | undefined {
    if (!result || result.ok) return undefined;
    const given = result.fieldErrors?.[name];
    if (!given?.length) return undefined;
    const reason = reasonOf(result);
    if (reason) return t(`refusals.${reason}`, { count: count(result) });
    const key = `fieldErrors.${name}`;
    return result.code === "INVALID_INPUT" && t.has(key) ? t(key) : given[0];
  }

  return { sentence, fieldError };
}
