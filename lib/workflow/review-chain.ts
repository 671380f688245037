/** Role names as lib/workflow/permissions has them (restated: that module imports this one). */
type Role = "REPORTER" | "EDITOR" | "PROOFREADER" | "ADMIN";
type Actor = { id: string; role: Role };

/**
 * Review stages as data (三審三校; copy desk → slot). A section keeps an ordered chain of
 * stages; a story copies the chain when it is submitted and keeps it until it leaves
 * review, so a chain edited meanwhile applies to stories submitted afterwards.
 * Pure TypeScript: the permission table, the use-cases and the panel all read it.
 */
export type StageKind = "review" | "proof";

export type ReviewStage = {
  /** Stable within a chain (survives rename and reorder); names the stage in sign-offs. */
  key: string;
  /** The name in Traditional script, Simplified and English: 初審 / 初审 / First review. */
  name: { hant: string; hans: string; en: string };
  /** A proofreading round (校) records the changes its proofreader made. */
  kind: StageKind;
  /** Who may pass it: anyone with one of these roles… */
  roles: Role[];
  /** …or the story's section's desk heads… */
  deskHeads: boolean;
  /** …or these people by id. */
  userIds: string[];
};

export type ReviewChain = ReviewStage[];

export const MAX_STAGES = 12;

function stage(
  key: string,
  hant: string,
  hans: string,
  en: string,
  kind: StageKind,
  who: { roles?: Role[]; deskHeads?: boolean },
): ReviewStage {
  return {
    key,
    name: { hant, hans, en },
    kind,
    roles: who.roles ?? [],
    deskHeads: who.deskHeads ?? false,
    userIds: [],
  };
}

/** A section with no chain of its own has one review by the desk, as Galley always did. */
export const DEFAULT_CHAIN: ReviewChain = [
  stage("review", "審稿", "审稿", "Review", "review", { roles: ["EDITOR", "ADMIN"] }),
];

/**
 * 三審三校 as a Chinese daily runs it: 初審 by an editor, 複審 by the desk head, three
 * proofreading rounds, then 終審 by the editor-in-chief (who holds the admin role here;
 * a duty editor is added by name on the section's review page).
 */
export const SAN_SHEN_SAN_JIAO: ReviewChain = [
  stage("first-review", "初審", "初审", "First review", "review", { roles: ["EDITOR"] }),
  stage("second-review", "複審", "复审", "Second review", "review", { deskHeads: true }),
  stage("proof-1", "一校", "一校", "First proof", "proof", { roles: ["PROOFREADER"] }),
  stage("proof-2", "二校", "二校", "Second proof", "proof", { roles: ["PROOFREADER"] }),
  stage("proof-3", "三校", "三校", "Third proof", "proof", { roles: ["PROOFREADER"] }),
  stage("final-review", "終審", "终审", "Final review", "review", { roles: ["ADMIN"] }),
];

/** The Western desk: the copy desk edits and checks, the slot signs it off. */
export const COPY_DESK_SLOT: ReviewChain = [
  stage("copy-desk", "編校", "编校", "Copy desk", "proof", { roles: ["EDITOR", "PROOFREADER"] }),
  stage("slot", "簽發", "签发", "Slot", "review", { deskHeads: true, roles: ["ADMIN"] }),
];

export const CHAIN_TEMPLATES = {
  "san-shen-san-jiao": SAN_SHEN_SAN_JIAO,
  "copy-desk-slot": COPY_DESK_SLOT,
} as const satisfies Record<string, ReviewChain>;
export type ChainTemplateName = keyof typeof CHAIN_TEMPLATES;

/** Where a story stands in review: its stage and the facts passing it depends on. */
export type ReviewPosition = {
  chain: ReviewChain;
  /** Index of the stage the story sits in. */
  index: number;
  /** The users heading the story's section (for stages passed by desk heads). */
  deskHeadIds: readonly string[];
};

export function currentStage(position: ReviewPosition): ReviewStage | undefined {
  return position.chain[position.index];
}

/** Whether this person may pass (and so edit, and send back from) the stage. */
export function mayPassStage(
  actor: Actor,
  stageToPass: ReviewStage,
  deskHeadIds: readonly string[],
): boolean {
  return (
    stageToPass.roles.includes(actor.role) ||
    stageToPass.userIds.includes(actor.id) ||
    (stageToPass.deskHeads && deskHeadIds.includes(actor.id))
  );
}

/**
 * Whether anyone at all may pass a stage (a role, the desk heads or a named person): a
 * stage no one may pass would hold every story in it for good, so a chain is refused
 * with one. Whether the section has desk heads today is a warning, not a refusal.
 */
export function hasSomeoneToPass(stage: Pick<ReviewStage, "roles" | "deskHeads" | "userIds">) {
  return stage.roles.length > 0 || stage.deskHeads || stage.userIds.length > 0;
}

export function mayPassCurrentStage(actor: Actor, position: ReviewPosition): boolean {
  const here = currentStage(position);
  return here !== undefined && mayPassStage(actor, here, position.deskHeadIds);
}

/** Where in the chain the story is, as the transition table's `at` conditions read it. */
export function stagePlace(position: ReviewPosition): { isFirst: boolean; isLast: boolean } {
  return { isFirst: position.index === 0, isLast: position.index >= position.chain.length - 1 };
}

/** The name of a stage in a UI language (zh-Hant, zh-Hans or en). */
export function stageName(stageToName: Pick<ReviewStage, "name">, locale: string): string {
  if (locale === "en") return stageToName.name.en;
  return locale === "zh-Hans" ? stageToName.name.hans : stageToName.name.hant;
}

/**
 * Reads a chain stored as JSON (a section's or a story's): anything malformed is
 * treated as no chain, so the story falls back to the default single review rather than
 * becoming impossible to pass. The server writes chains only through a zod schema.
 */
export function readChain(value: unknown): ReviewChain | null {
  if (!Array.isArray(value) || value.length === 0) return null;
  const ok = value.every(
    (s: unknown) =>
      typeof s === "object" &&
      s !== null &&
      typeof (s as ReviewStage).key === "string" &&
      typeof (s as ReviewStage).name?.hant === "string" &&
      Array.isArray((s as ReviewStage).roles) &&
      Array.isArray((s as ReviewStage).userIds),
  );
  return ok ? (value as ReviewChain) : null;
}
