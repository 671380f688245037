import { z } from "./zod";
import { BYLINE_ROLES } from "@/lib/content/credits";

/** URL slugs: lower-case ASCII words joined by hyphens (Chinese headlines become pinyin). */
export const ZSlug = z
  .string()
  .trim()
  .min(1, "Enter a slug.")
  .max(120, "Keep the slug under 120 characters.")
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Use lower-case letters, digits and single hyphens only.");

export const LANGUAGES = ["zh-Hant", "zh-Hans", "en"] as const;

const optionalText = (max: number) =>
  z
    .string()
    .max(max, `Keep this under ${max} characters.`)
    .transform((value) => value.trim() || null)
    .nullable();

/** The editable fields of the working copy, as the editor sends them on every save. */
export const ZArticleFields = z.strictObject({
  headline: z.string().trim().max(300, "Keep the headline under 300 characters."),
  dek: optionalText(1000),
  slug: ZSlug,
  sectionId: z.uuid().nullable(),
  tagIds: z.array(z.uuid()).max(30),
  language: z.enum(LANGUAGES),
  datelinePlace: optionalText(100),
  datelineDate: z.iso.date().nullable(),
  seoTitle: optionalText(200),
  seoDescription: optionalText(500),
  featuredImageId: z.uuid().nullable(),
  bylines: z.array(z.strictObject({ contributorId: z.uuid(), role: z.enum(BYLINE_ROLES) })).max(30),
  /** Tiptap JSON; validated against the editor's schema by the use-case (lib/content). */
  body: z.unknown(),
});
export type TArticleFields = z.infer<typeof ZArticleFields>;

export const ZArticleSave = z.strictObject({
  baseVersion: z.number().int().min(1),
  kind: z.enum(["AUTOSAVE", "MANUAL"]),
  fields: ZArticleFields,
});
export type TArticleSave = z.infer<typeof ZArticleSave>;
