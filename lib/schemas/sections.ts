import { optionalText, z } from "./zod";

/** Longest a section's address may be (the slug helper cuts pinyin to fit). */
export const MAX_SECTION_SLUG = 80;
/** A desk rarely has more than a few heads; the cap keeps one request small. */
export const MAX_DESK_HEADS = 20;

/**
 * What the "New section" and "Edit" forms send. `slug` may be empty (made from the
 * Traditional name, as pinyin) or typed in any script (transliterated the same way); the
 * use-case refuses one that leaves nothing once written in Latin letters.
 */
const sectionFields = {
  name: z
    .string()
    .trim()
    .min(1, "Enter the section's name in Traditional script.")
    .max(40, "Keep the name under 40 characters."),
  nameHans: optionalText(40, "Keep the name under 40 characters."),
  nameEn: z
    .string()
    .trim()
    .min(1, "Enter the section's English name.")
    .max(60, "Keep the English name under 60 characters."),
  slug: z
    .string()
    .trim()
    .max(MAX_SECTION_SLUG, `Keep the slug under ${MAX_SECTION_SLUG} characters.`)
    .optional()
    .transform((value) => value ?? ""),
  description: optionalText(500, "Keep the description under 500 characters."),
  headIds: z
    .array(z.uuid("Choose desk heads from the list."))
    .max(MAX_DESK_HEADS, `Name at most ${MAX_DESK_HEADS} desk heads.`)
    .optional()
    .transform((ids) => [...new Set(ids ?? [])]),
  /** Live coverage: reporters' updates wait for an editor's "Publish update". */
  liveUpdatesNeedEditor: z
    .boolean()
    .optional()
    .transform((value) => value ?? false),
};

export const ZCreateSection = z.strictObject(sectionFields);
export type TCreateSection = z.output<typeof ZCreateSection>;
export type TSectionFormInput = z.input<typeof ZCreateSection>;

export const ZUpdateSection = z.strictObject({ sectionId: z.uuid(), ...sectionFields });
export type TUpdateSection = z.output<typeof ZUpdateSection>;
export type TSectionUpdateInput = z.input<typeof ZUpdateSection>;

export const ZMoveSection = z.strictObject({
  sectionId: z.uuid(),
  direction: z.enum(["up", "down"]),
});
export type TMoveSection = z.output<typeof ZMoveSection>;

export const ZArchiveSection = z.strictObject({ sectionId: z.uuid(), archived: z.boolean() });
export type TArchiveSection = z.output<typeof ZArchiveSection>;

export const ZDeleteSection = z.strictObject({ sectionId: z.uuid() });
export type TDeleteSection = z.output<typeof ZDeleteSection>;

/**
 * Why a section change was refused, beyond its code: the form shows the sentence beside
 * the field it is about (`details.reason`, and `count` for the stories still in it).
 */
export const SECTION_REFUSALS = [
  "nameTaken",
  "nameHansTaken",
  "nameEnTaken",
  "slugTaken",
  "slugEmpty",
  "headNotEditor",
  "sectionHasStories",
] as const;
export type SectionRefusal = (typeof SECTION_REFUSALS)[number];

/** One row of /newsroom/sections, as the page hands it to its components. */
export type SectionRow = {
  id: string;
  slug: string;
  name: string;
  nameHans: string | null;
  /** What readers of Simplified see: `nameHans`, else `name` converted. */
  shownHans: string;
  nameEn: string;
  description: string | null;
  liveUpdatesNeedEditor: boolean;
  isArchived: boolean;
  storyCount: number;
  headIds: string[];
};

/** Someone who may head a desk: an active editor or admin. */
export type DeskHeadChoice = { id: string; name: string };
