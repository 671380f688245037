"use server";

import { ZPublishChecksForm } from "@/lib/schemas/publish-checks";
import { inputAction } from "@/lib/server/actions/define-action";
import { updatePublishChecks } from "@/lib/server/sections/update-publish-checks";

/** The "Checks" page's one form; editors' pages read the checklist afresh on their next load. */
export const updatePublishChecksAction = inputAction({
  input: ZPublishChecksForm,
  // "stale": someone saved the checks or the review chain since the page was loaded.
  details: ["reason"],
  run: (input, { actor, ip }) => updatePublishChecks(actor, input, ip),
  revalidate: () => ["/newsroom/sections"],
});
