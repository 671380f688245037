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
