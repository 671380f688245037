import { z } from "./zod";

/** Longest tag name: a tag is a word or a short phrase, not a headline. */
export const MAX_TAG_NAME = 40;
/** Longest a tag's address may be (the slug helper cuts pinyin to fit). */
export const MAX_TAG_SLUG = 80;
/** Suggestions the editor's type-ahead shows at once. */
export const TAG_SUGGESTIONS = 10;
/** Rows on one page of /newsroom/tags. */
export const TAG_PAGE_SIZE = 50;
/** Longest search the type-ahead and the tags page send (longer is cut, never refused). */
export const MAX_TAG_QUERY = 100;

const tagName = z
  .string()
  .trim()
  .min(1, "Enter the tag's name.")
  .max(MAX_TAG_NAME, `Keep the tag's name under ${MAX_TAG_NAME} characters.`);

/** The type-ahead's question: what the writer has typed so far. */
export const ZSearchTags = z.strictObject({
  q: z
    .string()
    .max(1000, "That search is too long.")
    .transform((q) => q.slice(0, MAX_TAG_QUERY)),
});
export type TSearchTags = z.output<typeof ZSearchTags>;

/** "Create tag …" in the editor. */
export const ZCreateTag = z.strictObject({ name: tagName });
export type TCreateTag = z.output<typeof ZCreateTag>;

/** "Rename" on /newsroom/tags: an empty slug is made from the name (pinyin). */
export const ZRenameTag = z.strictObject({
  tagId: z.uuid(),
  name: tagName,
  slug: z
    .string()
    .trim()
    .max(MAX_TAG_SLUG, `Keep the slug under ${MAX_TAG_SLUG} characters.`)
    .optional()
    .transform((value) => value ?? ""),
});
export type TRenameTag = z.output<typeof ZRenameTag>;
export type TRenameTagInput = z.input<typeof ZRenameTag>;

/** "Merge": every story of `sourceId` moves to `targetId`, then `sourceId` is deleted. */
export const ZMergeTags = z.strictObject({ sourceId: z.uuid(), targetId: z.uuid() });
export type TMergeTags = z.output<typeof ZMergeTags>;

export const ZDeleteTag = z.strictObject({ tagId: z.uuid() });
export type TDeleteTag = z.output<typeof ZDeleteTag>;

/** Why a tag change was refused, beyond its code (`details.reason`, with `count`). */
export const TAG_REFUSALS = [
  "nameTaken",
  "slugTaken",
  "slugEmpty",
  "mergeIntoItself",
  "tagInUse",
] as const;
export type TagRefusal = (typeof TAG_REFUSALS)[number];

/** A tag as the type-ahead offers it; `exact` when its name is the query in either script. */
export type TagChoice = { id: string; name: string; slug: string; exact?: boolean };

/** One row of /newsroom/tags. */
export type TagRow = { id: string; name: string; slug: string; articleCount: number };
