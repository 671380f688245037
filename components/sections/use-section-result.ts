"use client";

import { useResultSentences } from "@/components/ui/use-result-sentences";

/**
 * Sentences for a section action's answer, in the UI language: a refusal's `reason` (a
 * taken name, a slug with nothing left in Latin letters, the stories still in a section)
 * names its own sentence, shown beside the field the server named; zod's refusals use
 * `sections.fieldErrors.*`.
 */
export function useSectionResult() {
  return useResultSentences("sections");
}
