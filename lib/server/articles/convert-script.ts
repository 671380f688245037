import "server-only";
import type { Doc } from "@/lib/content/doc";
import { convertDoc, toSimplified, toTraditional } from "@/lib/content/script-convert";
import type { Actor } from "@/lib/workflow/permissions";
import { getArticleForEdit } from "./get-article-for-edit";
import { saveArticle, type SaveResult } from "./save-article";

/**
 * "Convert to Simplified" / "Convert to Traditional": headline, dek and body through
 * OpenCC, saved as a new CONVERSION revision through the same guarded save (so a stale
 * page cannot convert over someone else's newer text).
 */
export async function convertArticleScript(
  actor: Actor,
  articleId: string,
  input: { to: "hans" | "hant"; baseVersion: number },
  ip?: string | null,
): Promise<SaveResult> {
  const { copy } = await getArticleForEdit(actor, articleId);
  const convert = input.to === "hans" ? toSimplified : toTraditional;
  const fields = copy.fields;
  return saveArticle({
    actor,
    articleId,
    save: {
      baseVersion: input.baseVersion,
      kind: "CONVERSION",
      fields: {
        ...fields,
        headline: convert(fields.headline),
        dek: fields.dek === null ? null : convert(fields.dek),
        language: input.to === "hans" ? "zh-Hans" : "zh-Hant",
        body: convertDoc(fields.body as Doc, input.to),
      },
    },
    reason:
      input.to === "hans" ? "Converted to Simplified Chinese" : "Converted to Traditional Chinese",
    ip: ip ?? null,
  });
}
