"use server";

import { z } from "zod";
import { clientIp, requireActor } from "@/lib/auth";
import { AppError } from "@/lib/errors";
import type { WorkflowResult } from "@/lib/schemas/workflow";
import { setEmbargo } from "@/lib/server/articles/set-embargo";
import { transitionArticle } from "@/lib/server/articles/transition-article";
import { newsroomTimeZone, wallTimeToInstant } from "@/lib/time-zone";
import { TRANSITION_NAMES, type TransitionName } from "@/lib/workflow/article-workflow";

const ZAltImage = z
  .object({
    image: z.string(),
    mediaId: z.string(),
    field: z.enum(["featured", "body"]),
    thumbnail: z.string(),
  })
  .transform(({ image, ...rest }) => ({ name: image, ...rest }));

function refusal(error: unknown): WorkflowResult {
  if (error instanceof AppError) {
    const reason = typeof error.details?.reason === "string" ? error.details.reason : undefined;
    const image = typeof error.details?.image === "string" ? error.details.image : undefined;
    const altImage = reason === "altMissing" ? ZAltImage.safeParse(error.details) : null;
    return {
      ok: false,
      code: error.code,
      message: error.message,
      ...(reason ? { reason } : {}),
      ...(image !== undefined ? { image } : {}),
      ...(altImage?.success ? { altImage: altImage.data } : {}),
    };
  }
  throw error;
}

const INVALID = {
  ok: false as const,
  code: "INVALID_INPUT",
  message: "That request was not understood.",
};

const ZTransitionForm = z.strictObject({
  articleId: z.uuid(),
  transition: z.enum(TRANSITION_NAMES as [TransitionName, ...TransitionName[]]),
  version: z.number().int().min(1),
  note: z.string().max(5000).optional(),
  /** For "schedule": a wall-clock time in the newsroom's time zone. */
  publishAt: z.string().max(40).optional(),
});

/** Every workflow button: the transition use-case decides and records. */
export async function transitionAction(
  input: z.input<typeof ZTransitionForm>,
): Promise<WorkflowResult> {
  const parsed = ZTransitionForm.safeParse(input);
  if (!parsed.success) return INVALID;
  const { articleId, transition, version, note, publishAt } = parsed.data;
  try {
    const user = await requireActor();
    const scheduledAt = publishAt ? wallTimeToInstant(publishAt, newsroomTimeZone()) : undefined;
    const result = await transitionArticle({
      actor: { id: user.id, role: user.role },
      articleId,
      transition,
      version,
      ...(note !== undefined ? { note } : {}),
      ...(scheduledAt ? { scheduledAt } : {}),
      ip: await clientIp(),
    });
    return { ok: true, ...result };
  } catch (error) {
    return refusal(error);
  }
}

const ZEmbargoForm = z.strictObject({
  articleId: z.uuid(),
  /** Wall-clock time in the newsroom's zone; null lifts the embargo. */
  until: z.string().max(40).nullable(),
});

export async function setEmbargoAction(
  input: z.input<typeof ZEmbargoForm>,
): Promise<WorkflowResult> {
  const parsed = ZEmbargoForm.safeParse(input);
  if (!parsed.success) return INVALID;
  try {
    const user = await requireActor();
    const until =
      parsed.data.until === null
        ? null
        : (wallTimeToInstant(parsed.data.until, newsroomTimeZone()) ?? new Date(Number.NaN));
    await setEmbargo(
      { id: user.id, role: user.role },
      parsed.data.articleId,
      until,
      await clientIp(),
    );
    return { ok: true, version: 0, status: "" };
  } catch (error) {
    return refusal(error);
  }
}
