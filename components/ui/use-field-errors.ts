"use client";

import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/schemas/action-result";

/**
 * The sentence to show beside a field the server refused, in the UI language. The server
 * says which fields (`fieldErrors`); for bad input the `fieldErrors.<name>` message says
 * what the field needs, for any other refusal about a field (a taken email, a wrong
 * current password) the refusal's own `results.<code>` sentence; the server's English
 * stands in where neither exists. Use as `error={fieldError("email")}` on the field.
 */
export function useFieldErrors(result: ActionResult<unknown> | null | undefined) {
  const t = useTranslations();
  return (name: string): string | undefined => {
    if (!result || result.ok) return undefined;
    const given = result.fieldErrors?.[name];
    if (!given?.length) return undefined;
    const key = result.code === "INVALID_INPUT" ? `fieldErrors.${name}` : `results.${result.code}`;
    return t.has(key) ? t(key) : given[0];
  };
}
