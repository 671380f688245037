"use server";

import { ZEmbargoForm, ZTransitionForm } from "@/lib/schemas/workflow";
import { inputAction } from "@/lib/server/actions/define-action";
import { setEmbargo } from "@/lib/server/articles/set-embargo";
import { transitionArticle } from "@/lib/server/articles/transition-article";
import { newsroomTimeZone, wallTimeToInstant } from "@/lib/time-zone";

/**
 * The refusal's kind picks the panel's sentence; "altMissing" names the image, and
 * mediaId / field / thumbnail let the panel show it and take the person to its field;
 * "checksFailed" names the failing checks (`checks`: their ids joined by commas, for the
 * panel's sentence in the UI language; `items`: their English names).
 */
const details = ["reason", "image", "mediaId", "field", "thumbnail", "checks", "items"] as const;

/** Every workflow button: the transition use-case decides and records. */
export const transitionAction = inputAction({
  input: ZTransitionForm,
  details,
  run: async ({ articleId, transition, version, note, publishAt }, { actor, ip }) => {
    const scheduledAt = publishAt ? wallTimeToInstant(publishAt, newsroomTimeZone()) : undefined;
    const { version: moved, status } = await transitionArticle({
      actor,
      articleId,
      transition,
      version,
      ...(note !== undefined ? { note } : {}),
      ...(scheduledAt ? { scheduledAt } : {}),
      ip,
    });
    return { version: moved, status };
  },
});

export const setEmbargoAction = inputAction({
  input: ZEmbargoForm,
  details,
  run: async ({ articleId, until }, { actor, ip }) => {
    const at =
      until === null
        ? null
        : (wallTimeToInstant(until, newsroomTimeZone()) ?? new Date(Number.NaN));
    await setEmbargo(actor, articleId, at, ip);
  },
});
