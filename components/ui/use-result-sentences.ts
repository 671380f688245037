"use client";

import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/schemas/action-result";

/**
 * Sentences for an admin form's action answers, in the UI language, from one message
 * namespace (`sections`, `tags`, `contributors`): `done.<what>` for a success; a refusal's
 * `reason` names `refusals.<reason>` (with `count`), shown beside the field the server
 * named; otherwise `refusals.<code>`; zod's refusals use `fieldErrors.<field>`. (The shared
 * `useFieldErrors` reads the global `fieldErrors.*`, which belong to other forms.)
 */
export function useResultSentences(namespace: "sections" | "tags" | "contributors" | "planning") {
  const t = useTranslations(namespace);
  const reasonOf = (result: ActionResult<unknown>) => {
    if (result.ok) return null;
    const reason = result.details?.reason;
    return typeof reason === "string" && t.has(`refusals.${reason}`) ? reason : null;
  };
  const count = (result: ActionResult<unknown>) =>
    !result.ok && typeof result.details?.count === "number" ? result.details.count : 0;

  /** The sentence under the form or row: what happened, or why not. */
  function sentence(
    result: ActionResult<unknown> | null,
    done: string,
    values: Record<string, number> = {},
  ): string | null {
    if (!result) return null;
    if (result.ok) return t(`done.${done}`, values);
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
