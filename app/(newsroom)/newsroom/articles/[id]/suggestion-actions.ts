"use server";

import { inputAction } from "@/lib/server/actions/define-action";
import { decideSuggestions, ZSuggestionDecision } from "@/lib/server/articles/decide-suggestions";

/** "Accept", "Reject", "Accept all", "Reject all" on the body's suggestions. */
export const decideSuggestionsAction = inputAction({
  input: ZSuggestionDecision,
  run: (decision, { actor, ip }) => decideSuggestions({ actor, decision, ip }),
  // The body reaches every open editor through the co-editing document; nothing to re-render.
});
