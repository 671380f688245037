import { z } from "zod";
import { TRANSITION_NAMES } from "@/lib/workflow/article-workflow";

export const ZTransition = z.strictObject({
  transition: z.enum(TRANSITION_NAMES as [string, ...string[]]),
  version: z.number().int().min(1),
  note: z.string().max(5000).optional(),
});
export type TTransition = z.infer<typeof ZTransition>;
