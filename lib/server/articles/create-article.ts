import "server-only";
import crypto from "node:crypto";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/workflow/permissions";
import { authorize } from "../auth/authorize";
import { staffContributor } from "../contributors/staff-contributor";
import { getPublication } from "../settings/get-publication";
import { LANGUAGE_TO_DB } from "./article-columns";
import { enqueueDiscardDraft } from "./discard-empty-draft";

/**
 * Starts a draft: empty body, a placeholder slug (the editor suggests a real one from the
 * headline), and the author's own byline as reporter, creating their contributor record
 * the first time.
 *
 * "New story" opens the editor at once (the page needs an id to autosave to), so a story
 * nobody types into is not kept: lists leave it out, and a job a day later deletes it if
 * it is still untouched. Creating on the first keystroke instead would need the editor
 * to save without an id and swap its address mid-typing; this keeps the editor as it is.
 * `kind: "LIVE"` starts live coverage: a story like any other (headline, dek, bylines,
 * the workflow) whose publication opens a running page of updates (lib/server/live).
 */
export async function createArticle(
  actor: Actor & { name: string },
  options: { kind?: "STORY" | "LIVE" } = {},
): Promise<{ id: string }> {
  await authorize(actor, "article.create", { resourceType: "article" });
  // "New live coverage" is the desk's call: opening a running page is an editor's decision.
  if (options.kind === "LIVE") await authorize(actor, "live.manage", { resourceType: "article" });
  const contributor = await staffContributor(actor);
  // The publication's default script (settings): an English paper's stories start in English.
  const { defaultLanguage } = await getPublication();
  const article = await db.$transaction(async (tx) => {
    const created = await tx.article.create({
      data: {
        headline: "",
        kind: options.kind ?? "STORY",
        slug: `draft-${crypto.randomBytes(5).toString("hex")}`,
        language: LANGUAGE_TO_DB[defaultLanguage],
        body: { type: "doc", content: [{ type: "paragraph" }] },
        createdById: actor.id,
        bylines: { create: [{ contributorId: contributor.id, role: "REPORTER", position: 0 }] },
      },
    });
    await tx.workflowEvent.create({
      data: { articleId: created.id, fromStatus: null, toStatus: "DRAFT", actorId: actor.id },
    });
    await enqueueDiscardDraft(tx, created.id);
    return created;
  });
  return { id: article.id };
}
