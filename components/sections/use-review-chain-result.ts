"use client";

import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/schemas/action-result";

/** The field of one stage an error path names: "chain.2.name.hant" → [2, "name.hant"]. */
function stageField(path: string): [number, string] | null {
  const match = /^chain\.(\d+)\.(.+)$/.exec(path);
  return match ? [Number(match[1]), match[2]!] : null;
}

/** "roles.0" → "roles", "name.hant" stays: the field the sentence is about. */
const fieldOf = (field: string) => field.replace(/\.\d+$/, "");

/**
 * Sentences for "Save chain"'s answer in the UI language: the one under the button, and
 * the one beside each stage's field the server named. Stages are named as the page names
 * them (`labelOf(index)`); a stale save names who saved and when; a refused person is named.
 */
export function useReviewChainResult(labelOf: (index: number) => string) {
  const t = useTranslations("reviewChain");

  function stageError(
    result: ActionResult<unknown> | null,
    index: number,
    field: string,
  ): string | undefined {
    if (!result || result.ok || !result.fieldErrors) return undefined;
    const path = Object.keys(result.fieldErrors).find((key) => {
      const at = stageField(key);
      return at !== null && at[0] === index && fieldOf(at[1]) === field;
    });
    return path ? (sentenceFor(result, path) ?? undefined) : undefined;
  }

  /** The sentence for one field error; null when it is about no stage (a forged call). */
  function sentenceFor(result: ActionResult<unknown>, path: string): string | null {
    if (result.ok) return null;
    if (path === "chain") return t("fieldErrors.chain");
    const at = stageField(path);
    if (!at) return null;
    const [index, raw] = at;
    const field = fieldOf(raw);
    const stage = labelOf(index);
    const d = result.details ?? {};
    if (field === "userIds" && d.reason === "personNotActive")
      return t("refusals.personNotActive", {
        person: String(d.person || t("refusals.unknownPerson")),
        stage,
      });
    if (field.startsWith("name.")) return t("fieldErrors.name");
    if (field === "who") return t("fieldErrors.who", { stage });
    const key = `fieldErrors.${field}`;
    return t.has(key) ? t(key) : (result.fieldErrors?.[path]?.[0] ?? t("refusals.INTERNAL"));
  }

  /** The sentence under "Save chain": what happened, or why not (the first problem, named). */
  function sentence(result: ActionResult<unknown> | null): string | null {
    if (!result) return null;
    if (result.ok) return t("done.saved");
    const d = result.details ?? {};
    if (d.reason === "stale") {
      const by = String(d.by || t("refusals.someone"));
      return d.at
        ? t("refusals.stale", { by, at: String(d.at) })
        : t("refusals.staleNoTime", { by });
    }
    const first = Object.keys(result.fieldErrors ?? {})[0];
    const problem = first ? sentenceFor(result, first) : null;
    if (result.code === "INVALID_INPUT" && problem) return t("refusals.invalidWith", { problem });
    const key = `refusals.${result.code}`;
    return t.has(key) ? t(key) : t("refusals.INTERNAL");
  }

  return { sentence, stageError };
}
