import { z } from "./zod";
import { ZArticleFields } from "./article-fields";

// The fields themselves are declared once, in ./article-fields.ts.
export {
  LANGUAGES,
  ZArticleFields,
  ZSlug,
  emptyArticleFields,
  type TArticleFields,
} from "./article-fields";

export const ZArticleSave = z.strictObject({
  baseVersion: z.number().int().min(1),
  /**
   * A co-editing page's save: guarded on the metadata's version, and its body is not
   * written (the body is the co-editing document's, derived on the server).
   */
  baseMetaVersion: z.number().int().min(1).optional(),
  kind: z.enum(["AUTOSAVE", "MANUAL"]),
  fields: ZArticleFields,
});
export type TArticleSave = z.infer<typeof ZArticleSave>;
