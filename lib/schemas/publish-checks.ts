import { HEADLINE_LIMIT_RANGE, PUBLISH_CHECK_IDS } from "@/lib/content/publish-checks";
import { z } from "./zod";

const { min, max } = HEADLINE_LIMIT_RANGE;
const limitMessage = `Enter a headline limit from ${min} to ${max} characters.`;

/**
 * The "Checks" page of a section: which pre-publish checks apply and the headline limit.
 * `version` is the section's `reviewChainVersion` the form was loaded at (shared with the
 * review chain's page): a save over a newer chain or checklist is refused.
 */
export const ZPublishChecksForm = z.strictObject({
  sectionId: z.uuid(),
  version: z.number().int().min(1),
  checks: z
    .array(z.enum(PUBLISH_CHECK_IDS, "Choose checks from the list."))
    .max(PUBLISH_CHECK_IDS.length * 2, "Choose checks from the list.")
    .transform((ids) => PUBLISH_CHECK_IDS.filter((id) => ids.includes(id))),
  headlineLimit: z
    .number(limitMessage)
    .int(limitMessage)
    .min(min, limitMessage)
    .max(max, limitMessage),
});
export type TPublishChecksForm = z.output<typeof ZPublishChecksForm>;
export type TPublishChecksInput = z.input<typeof ZPublishChecksForm>;
