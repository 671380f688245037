import "server-only";
import { z } from "zod";
import { loadYDoc, replaceBodyUpdate, yDocToBody } from "@/lib/content/collab-doc";
import { isSuggestionId } from "@/lib/content/suggestion-marks";
import { decideSuggestions as decide, listSuggestions } from "@/lib/content/suggestions";
import { validateDoc } from "@/lib/content/validate-doc";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { suggestionDecider, type Actor } from "@/lib/workflow/permissions";
import { recordAudit } from "../audit/record-audit";
import { appendBodyUpdate, ensureBodyDoc, readBodyParts } from "../collab/body-store";
import { deriveBody } from "../collab/derive-body";
import { loadViewableArticle } from "./viewable-article";

export const ZSuggestionDecision = z.object({
  articleId: z.uuid(),
  /** The suggestions' ids, or "all" for "Accept all" / "Reject all". */
  ids: z.union([
    z.literal("all"),
    z.array(z.string().refine(isSuggestionId, "Not a suggestion.")).min(1).max(500),
  ]),
  decision: z.enum(["accept", "reject"]),
});
export type TSuggestionDecision = z.infer<typeof ZSuggestionDecision>;

/**
 * "Accept" and "Reject" on a suggestion (and "Accept all", "Reject all"): for those who
 * may edit the body now (the author before review, whoever may pass the stage in it), and
 * in review for the story's author, on the others' suggestions (suggestionDecider).
 * Decided on the server, on the co-editing document as it stands, so every open editor
 * sees the result at once; the record keeps who decided what and when. A suggestion
 * already gone (decided in another browser) is refused with a sentence, nothing written.
 */
export async function decideSuggestions(input: {
  actor: Actor;
  decision: TSuggestionDecision;
  ip?: string | null;
}): Promise<{ decided: number; version: number | null }> {
  const { articleId, ids, decision } = input.decision;
  const { access } = await loadViewableArticle(input.actor, articleId);
  const audit = (outcome: "ALLOWED" | "DENIED", details?: { ids: string[] }) =>
    recordAudit({
      actorId: input.actor.id,
      action: `article.suggestions.${decision}`,
      outcome,
      resourceType: "article",
      resourceId: articleId,
      ip: input.ip ?? null,
      ...(details ? { details } : {}),
    });
  const decider = suggestionDecider(input.actor, access);
  if (!decider) {
    await audit("DENIED");
    throw new AppError("FORBIDDEN", "You may not accept or reject suggestions on this story now.");
  }
  // Whatever was typed a moment ago is stored and recorded first, so every suggestion
  // decided here has its record.
  await ensureBodyDoc(articleId);
  await deriveBody(articleId);
  const stored = await readBodyParts(articleId);
  if (!stored) throw new AppError("NOT_FOUND", "This story has no suggestions.");
  const ydoc = loadYDoc(stored.parts);
  try {
    const body = yDocToBody(ydoc);
    // An author in review decides the others' suggestions, never their own.
    const decidable = listSuggestions(body).filter(
      (entry) => decider === "any" || entry.authorId !== input.actor.id,
    );
    const present = new Set(decidable.map((entry) => entry.id));
    const chosen = ids === "all" ? [...present] : ids;
    if (chosen.length === 0) return { decided: 0, version: null };
    const own = listSuggestions(body).some(
      (entry) => chosen.includes(entry.id) && !present.has(entry.id),
    );
    if (own)
      throw new AppError(
        "FORBIDDEN",
        "At this stage you may not accept or reject your own suggestions: the stage's editors decide them.",
      );
    if (chosen.some((id) => !present.has(id)))
      throw new AppError(
        "CONFLICT",
        "That suggestion is no longer in the story: someone has decided it already.",
      );
    const checked = validateDoc(decide(body, chosen, decision));
    if (!checked.ok) throw new AppError("INVALID_INPUT", checked.message);
    const update = replaceBodyUpdate(ydoc, checked.doc);
    const now = new Date();
    // The fate first, then the change: the derivation that follows must not take a
    // decided suggestion for a withdrawn one.
    await db.suggestion.updateMany({
      where: { articleId, id: { in: chosen } },
      data: {
        status: decision === "accept" ? "ACCEPTED" : "REJECTED",
        decidedById: input.actor.id,
        decidedAt: now,
      },
    });
    if (update) await appendBodyUpdate(articleId, update, input.actor.id, "server");
    const derived = await deriveBody(articleId, { actorId: input.actor.id });
    await audit("ALLOWED", { ids: chosen });
    return { decided: chosen.length, version: derived?.version ?? null };
  } finally {
    ydoc.destroy();
  }
}
