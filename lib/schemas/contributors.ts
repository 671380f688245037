import { linkLines } from "./link-lines";
import { optionalText, z } from "./zod";

/** Longest a contributor's address may be (the slug helper cuts pinyin to fit). */
export const MAX_CONTRIBUTOR_SLUG = 80;
/** A handful of pages is a profile; more is a link farm. */
export const MAX_CONTRIBUTOR_LINKS = 10;
/** Contributors per page of /newsroom/contributors. */
export const CONTRIBUTORS_PER_PAGE = 50;

/** "" (none) or an id; the use-case checks the id names what it should. */
const optionalId = (message: string) =>
  z
    .union([z.literal(""), z.uuid(message)])
    .nullable()
    .optional()
    .transform((value) => value || null);

const links = linkLines(MAX_CONTRIBUTOR_LINKS);

/**
 * What the profile form sends. `slug` may be empty (made from the name, as pinyin) or typed
 * in any script (transliterated the same way); the use-case refuses one that leaves nothing.
 */
const contributorFields = {
  name: z
    .string()
    .trim()
    .min(1, "Enter the contributor's name.")
    .max(100, "Keep the name under 100 characters."),
  slug: z
    .string()
    .trim()
    .max(MAX_CONTRIBUTOR_SLUG, `Keep the slug under ${MAX_CONTRIBUTOR_SLUG} characters.`)
    .optional()
    .transform((value) => value ?? ""),
  kind: z.enum(["PERSON", "ORGANIZATION"], "Choose a person or an organisation."),
  jobTitle: optionalText(100, "Keep the title under 100 characters."),
  bio: optionalText(2_000, "Keep the biography under 2,000 characters."),
  photoId: optionalId("Choose a photo from the media library."),
  links,
  userId: optionalId("Choose a user account from the list."),
};

export const ZCreateContributor = z.strictObject(contributorFields);
export type TCreateContributor = z.output<typeof ZCreateContributor>;
export type TContributorFormInput = z.input<typeof ZCreateContributor>;

export const ZUpdateContributor = z.strictObject({ contributorId: z.uuid(), ...contributorFields });
export type TUpdateContributor = z.output<typeof ZUpdateContributor>;
export type TContributorUpdateInput = z.input<typeof ZUpdateContributor>;

export const ZMergeContributor = z.strictObject({
  contributorId: z.uuid(),
  /** The one that stays, named by its address as the list shows it. */
  targetSlug: z
    .string()
    .trim()
    .min(1, "Enter the address of the contributor to keep.")
    .max(200, "Enter the address of the contributor to keep."),
});
export type TMergeContributor = z.output<typeof ZMergeContributor>;

export const ZDeleteContributor = z.strictObject({ contributorId: z.uuid() });
export type TDeleteContributor = z.output<typeof ZDeleteContributor>;

/** Why a contributor change was refused, beyond its code (`details.reason`, and `count`). */
export const CONTRIBUTOR_REFUSALS = [
  "slugTaken",
  "slugEmpty",
  "userTaken",
  "userMissing",
  "photoNotImage",
  "mergeIntoItself",
  "mergeTargetMissing",
  "contributorHasBylines",
] as const;
export type ContributorRefusal = (typeof CONTRIBUTOR_REFUSALS)[number];

/** One row of /newsroom/contributors. */
export type ContributorRow = {
  id: string;
  name: string;
  slug: string;
  kind: "PERSON" | "ORGANIZATION";
  jobTitle: string | null;
  userName: string | null;
  bylineCount: number;
};

/** A choice in the profile form's lists: a photo or a user account. */
export type ContributorChoice = { id: string; label: string };

/** The profile form's values as the edit page hands them to it. */
export type ContributorProfile = {
  id: string;
  name: string;
  slug: string;
  kind: "PERSON" | "ORGANIZATION";
  jobTitle: string | null;
  bio: string | null;
  photoId: string | null;
  /** The current photo's address, to show beside the list. */
  photoUrl: string | null;
  links: string[];
  userId: string | null;
  bylineCount: number;
};
