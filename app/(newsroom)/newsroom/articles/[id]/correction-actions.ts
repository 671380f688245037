"use server";

import { ZCorrectionForm } from "@/lib/schemas/correction";
import { inputAction } from "@/lib/server/actions/define-action";
import { addCorrection } from "@/lib/server/articles/add-correction";
import { newsroomTimeZone, wallTimeToInstant } from "@/lib/time-zone";

/** "Add correction": the time is read in the newsroom's zone, whatever the browser's is. */
export const addCorrectionAction = inputAction({
  input: ZCorrectionForm,
  // The refusal's kind ("future", "tooLong", …) picks the form's sentence.
  details: ["reason"],
  run: async ({ articleId, text, correctedAt }, { actor, ip }) => {
    const at = wallTimeToInstant(correctedAt, newsroomTimeZone());
    // An unreadable time becomes an invalid date, which the use-case refuses with its reason.
    await addCorrection({
      actor,
      articleId,
      correction: { text, correctedAt: at ?? new Date(Number.NaN) },
      ip,
    });
  },
  // The reader page is rendered per request and addCorrection invalidates its cached data.
  revalidate: ({ articleId }) => [`/newsroom/articles/${articleId}`],
});
