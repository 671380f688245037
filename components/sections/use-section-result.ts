"use client";

import { useResultSentences } from "@/components/ui/use-result-sentences";

/**
 * Sentences for a section action's answer, in the UI language (`sections.*`): a taken
 * name, a slug with nothing left in Latin letters, the stories still in a section.
 */
export function useSectionResult() {
  return useResultSentences("sections");
}
