"use server";

import { ZUpdateReviewChain } from "@/lib/schemas/review-chain";
import { inputAction } from "@/lib/server/actions/define-action";
import { updateReviewChain } from "@/lib/server/sections/update-review-chain";

// Readers see no chain, so no reader page is dropped; this page re-renders with the
// new version. A stale refusal names who saved and when; a refused person is named with
// the stage.
export const updateReviewChainAction = inputAction({
  input: ZUpdateReviewChain,
  details: ["reason", "by", "at", "person", "stage"],
  run: (input, { actor, ip }) => updateReviewChain(actor, input, ip),
  revalidate: (_input, { slug }) => [`/newsroom/sections/${slug}/review`],
});
