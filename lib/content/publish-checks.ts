/**
 * A section's pre-publish checklist (stored in `Section.publishChecks`) and its
 * evaluation. Pure: the server refuses a move that reaches readers with it, and the
 * editor's side panel runs the very same function on the copy being typed, so the two
 * can never disagree about what "passing" means.
 */
import { countText } from "./count";

/** Every check, in the order the checklist shows them. */
export const PUBLISH_CHECK_IDS = [
  "altText",
  "damage",
  "comments",
  "suggestions",
  "headlineLength",
  "dek",
  "byline",
  "section",
  "stages",
] as const;
export type PublishCheckId = (typeof PUBLISH_CHECK_IDS)[number];

/** The English names: the server's refusal names failing items with these. */
export const PUBLISH_CHECK_NAMES: Record<PublishCheckId, string> = {
  altText: "Image alt text",
  damage: "No damage spots from import",
  comments: "No unresolved inline comments",
  suggestions: "No suggestions waiting",
  headlineLength: "Headline length",
  dek: "Dek present",
  byline: "At least one byline",
  section: "Section set",
  stages: "All review stages passed",
};

export const HEADLINE_LIMIT_RANGE = { min: 5, max: 200 } as const;

export type PublishChecksConfig = {
  /** The checks that apply, in PUBLISH_CHECK_IDS order. */
  checks: PublishCheckId[];
  /** Longest headline, counted the CJK way (a Han character or a Latin word is one). */
  headlineLimit: number;
};

/** A section without a checklist of its own: alt text only, as Galley always refused. */
export const ALT_TEXT_ONLY: PublishChecksConfig = { checks: ["altText"], headlineLimit: 30 };

/** Every check on; 30 units is a long Chinese headline (two lines of a front page). */
export const RECOMMENDED_CHECKS: PublishChecksConfig = {
  checks: [...PUBLISH_CHECK_IDS],
  headlineLimit: 30,
};

export function isPublishCheckId(value: unknown): value is PublishCheckId {
  return typeof value === "string" && (PUBLISH_CHECK_IDS as readonly string[]).includes(value);
}

/**
 * Reads a stored checklist. Null (never configured) is alt text only; junk is read as
 * generously as it can be (unknown names dropped, a bad limit replaced by the default),
 * because a broken column must neither block every story nor silently waive the checks
 * it does name. The server writes it only through a zod schema.
 */
export function readPublishChecks(value: unknown): PublishChecksConfig {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return ALT_TEXT_ONLY;
  const { checks, headlineLimit } = value as { checks?: unknown; headlineLimit?: unknown };
  if (!Array.isArray(checks)) return ALT_TEXT_ONLY;
  const named = new Set(checks.filter(isPublishCheckId));
  const limit =
    typeof headlineLimit === "number" &&
    Number.isInteger(headlineLimit) &&
    headlineLimit >= HEADLINE_LIMIT_RANGE.min &&
    headlineLimit <= HEADLINE_LIMIT_RANGE.max
      ? headlineLimit
      : RECOMMENDED_CHECKS.headlineLimit;
  return { checks: PUBLISH_CHECK_IDS.filter((id) => named.has(id)), headlineLimit: limit };
}

/** What the checks look at, gathered by the server (from the database) or the editor (live). */
export type PublishFacts = {
  headline: string;
  dek: string | null;
  bylineCount: number;
  sectionId: string | null;
  /**
   * Damage spots in the body's text (`countBodyDamage` in ./body-damage.ts). A count, not
   * the body, so the editor loads the damage finder only for sections that check it.
   */
  damageSpots: number;
  /** Names of the images readers would get without alt text. */
  imagesWithoutAlt: readonly string[];
  /** Inline comments (anchored in the body) not yet resolved. */
  openComments: number;
  /** Suggestions in the body neither accepted nor rejected (readers would not get them). */
  openSuggestions: number;
  /** Whether the story has passed every review stage (approved or beyond). */
  stagesPassed: boolean;
};

export type PublishCheckResult = {
  id: PublishCheckId;
  ok: boolean;
  /** altText: the images without it. */
  images?: string[];
  /** damage: spots found; comments, suggestions: open ones. */
  count?: number;
  /** headlineLength: the headline's length and the limit. */
  length?: number;
  limit?: number;
};

/** The statuses a story reaches only after its last review stage. */
export const STAGES_PASSED_STATUSES = ["APPROVED", "SCHEDULED", "PUBLISHED", "UNPUBLISHED"];

/** Each check the config applies, in checklist order, with whether it passes and why not. */
export function evaluatePublishChecks(
  facts: PublishFacts,
  config: PublishChecksConfig,
): PublishCheckResult[] {
  return config.checks.map((id): PublishCheckResult => {
    switch (id) {
      case "altText":
        return { id, ok: facts.imagesWithoutAlt.length === 0, images: [...facts.imagesWithoutAlt] };
      case "damage":
        return { id, ok: facts.damageSpots === 0, count: facts.damageSpots };
      case "comments":
        return { id, ok: facts.openComments === 0, count: facts.openComments };
      case "suggestions":
        return { id, ok: facts.openSuggestions === 0, count: facts.openSuggestions };
      case "headlineLength": {
        const length = countText(facts.headline).units;
        return { id, ok: length <= config.headlineLimit, length, limit: config.headlineLimit };
      }
      case "dek":
        return { id, ok: (facts.dek ?? "").trim() !== "" };
      case "byline":
        return { id, ok: facts.bylineCount > 0 };
      case "section":
        return { id, ok: facts.sectionId !== null && facts.sectionId !== "" };
      case "stages":
        return { id, ok: facts.stagesPassed };
    }
  });
}

/** One failing item in English, with what fails: `Headline length (34 of 30)`. */
export function describeFailure(result: PublishCheckResult): string {
  const name = PUBLISH_CHECK_NAMES[result.id];
  switch (result.id) {
    case "altText":
      return `${name} (${(result.images ?? []).map((image) => `“${image}”`).join(", ")})`;
    case "damage":
    case "comments":
    case "suggestions":
      return `${name} (${result.count ?? 0} found)`;
    case "headlineLength":
      return `${name} (${result.length ?? 0} of ${result.limit ?? 0} characters)`;
    default:
      return name;
  }
}
