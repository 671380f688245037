"use client";

import { useTranslations } from "next-intl";
import type { ActionDetails, ActionRefusal } from "@/lib/schemas/action-result";
import type { AltMissingImage } from "./alt-missing";
import { useFailingCheckNames } from "./failing-check-names";

/** The image an "altMissing" (or "checksFailed") refusal names, from its details; null when they are incomplete. */
function altImageOf(details: ActionDetails): AltMissingImage | null {
  const { image, mediaId, field, thumbnail } = details;
  if (typeof image !== "string" || typeof mediaId !== "string" || typeof thumbnail !== "string")
    return null;
  if (field !== "featured" && field !== "body") return null;
  return { name: image, mediaId, field, thumbnail };
}

/**
 * A workflow refusal as the person reads it: the sentence for its reason in the UI
 * language (the checks that failed by name, the image without alt text), else the
 * server's message; and, when an image lacks alt text, the image to offer the fix for.
 */
export function useRefusalSentence(): (refusal: ActionRefusal) => {
  sentence: string;
  altFix: AltMissingImage | null;
} {
  const t = useTranslations("workflow");
  const failingNames = useFailingCheckNames();
  return ({ details, message }) => {
    const reason = details?.reason;
    const altFix =
      details && (reason === "altMissing" || reason === "checksFailed")
        ? altImageOf(details)
        : null;
    if (!reason || !t.has(`errors.${reason}`)) return { sentence: message, altFix };
    return {
      sentence: t(`errors.${reason}`, {
        image: String(details.image ?? ""),
        items: failingNames(details.checks),
      }),
      altFix,
    };
  };
}
