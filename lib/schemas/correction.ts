import { z } from "./zod";

export const CORRECTION_MAX_LENGTH = 2000;

/** "Add correction": what was wrong and what is right, and when it was corrected. */
export const ZCorrection = z.strictObject({
  text: z
    .string()
    .trim()
    .min(1, "Write the correction: it cannot be empty.")
    .max(CORRECTION_MAX_LENGTH, "A correction can be at most 2,000 characters."),
  correctedAt: z.date({ error: "Give the correction time as a date and time." }),
});
export type TCorrection = z.infer<typeof ZCorrection>;

/** "Add correction" as the form sends it: the time as the datetime-local field gives it. */
export const ZCorrectionForm = z.strictObject({
  articleId: z.uuid(),
  text: z.string().max(10_000),
  /** Wall-clock time in the newsroom's time zone. */
  correctedAt: z.string().max(40),
});
