import { z } from "./zod";

/** The editor's slug suggestion while the headline is typed. */
export const ZSuggestSlug = z.strictObject({ headline: z.string().max(300), articleId: z.uuid() });

/** "Convert to Simplified / Traditional" on the working copy at the version on screen. */
export const ZConvertScript = z.strictObject({
  articleId: z.uuid(),
  to: z.enum(["hans", "hant"]),
  baseVersion: z.number().int().min(1),
});

/** "Add contributor" inside the bylines editor. */
export const ZContributorCreate = z.strictObject({
  name: z.string().trim().min(1, "Enter a name.").max(100, "Keep the name under 100 characters."),
  kind: z.enum(["PERSON", "ORGANIZATION"]),
});

/** "Restore this version" on the history page. */
export const ZRevisionRestore = z.strictObject({ articleId: z.uuid(), revisionId: z.uuid() });

/** "Share preview" and "Revoke" in the editor's preview panel. */
export const ZPreviewShare = z.strictObject({ articleId: z.uuid() });
export const ZPreviewRevoke = z.strictObject({ articleId: z.uuid(), linkId: z.uuid() });

/** Nothing to read: actions that act on the caller alone (new article, mark all read, sign out). */
export const ZNoInput = z.strictObject({});
