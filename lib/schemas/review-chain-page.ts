import type { Role } from "@/lib/workflow/permissions";
import type { ReviewChain } from "@/lib/workflow/review-chain";

/*
 * The review chain page's constants and types, without zod: the form's components import
 * these as values (the zod schema itself stays on the server, in review-chain.ts).
 */

/** Longest a stage's name may be in any script: it is a label on buttons and in timelines. */
export const MAX_STAGE_NAME = 30;
/** People a stage may name; a duty roster, not the newsroom's list. */
export const MAX_NAMED_PEOPLE = 20;

/**
 * The roles a stage may name. Reporters hold no review permission at all, so a stage
 * "passed by reporters" would look passable and be passable by no one: refused.
 */
export const REVIEW_ROLES = ["EDITOR", "PROOFREADER", "ADMIN"] as const satisfies Role[];

/** Why a chain save was refused, beyond its code (`details.reason`). */
export const REVIEW_CHAIN_REFUSALS = ["stale", "personNotActive"] as const;
export type ReviewChainRefusal = (typeof REVIEW_CHAIN_REFUSALS)[number];

/** Someone a stage may name: an active editor, proofreader or admin. */
export type NameablePerson = { id: string; name: string; role: Role; isActive: boolean };

/** What /newsroom/sections/<slug>/review shows. */
export type ReviewChainPage = {
  section: { id: string; slug: string; name: string; nameEn: string };
  chain: ReviewChain;
  /** True while the section has no chain of its own (one review by editors and admins). */
  isDefault: boolean;
  version: number;
  /** Stories of this section in review now; each keeps the chain it was submitted under. */
  inReview: number;
  deskHeads: { id: string; name: string }[];
  /** Who may be named, plus anyone a stage names who no longer may (`isActive: false`). */
  people: NameablePerson[];
};
