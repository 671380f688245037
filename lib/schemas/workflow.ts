import type { ActionResult } from "./action-result";
import { z } from "./zod";
import { TRANSITION_NAMES, type TransitionName } from "@/lib/workflow/article-workflow";

export const ZTransition = z.strictObject({
  transition: z.enum(TRANSITION_NAMES as [string, ...string[]]),
  version: z.number().int().min(1),
  note: z.string().max(5000).optional(),
  /** For "schedule": an ISO 8601 time with its offset. */
  scheduledAt: z.iso.datetime({ offset: true }).optional(),
});
export type TTransition = z.infer<typeof ZTransition>;

/** Every workflow button, as the panel sends it. */
export const ZTransitionForm = z.strictObject({
  articleId: z.uuid(),
  transition: z.enum(TRANSITION_NAMES as [TransitionName, ...TransitionName[]]),
  version: z.number().int().min(1),
  note: z.string().max(5000).optional(),
  /** For "schedule": a wall-clock time in the newsroom's time zone. */
  publishAt: z.string().max(40).optional(),
});

/** The embargo field: a wall-clock time in the newsroom's zone; null lifts the embargo. */
export const ZEmbargoForm = z.strictObject({
  articleId: z.uuid(),
  until: z.string().max(40).nullable(),
});

/** What a workflow move answers: the article's new version and state. */
export type WorkflowMove = { version: number; status: string };
export type WorkflowResult = ActionResult<WorkflowMove>;
