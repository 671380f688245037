import { z } from "./zod";
import { TRANSITION_NAMES } from "@/lib/workflow/article-workflow";

export const ZTransition = z.strictObject({
  transition: z.enum(TRANSITION_NAMES as [string, ...string[]]),
  version: z.number().int().min(1),
  note: z.string().max(5000).optional(),
  /** For "schedule": an ISO 8601 time with its offset. */
  scheduledAt: z.iso.datetime({ offset: true }).optional(),
});
export type TTransition = z.infer<typeof ZTransition>;

/** What a workflow action answers: the new version, or why it was refused. */
export type WorkflowResult =
  | { ok: true; version: number; status: string }
  | {
      ok: false;
      code: string;
      reason?: string;
      message: string;
      /** For "altMissing": the image the sentence names. */
      image?: string;
      /** For "altMissing": that image, to show and to take the person to its field. */
      altImage?: { name: string; mediaId: string; field: "featured" | "body"; thumbnail: string };
    };
