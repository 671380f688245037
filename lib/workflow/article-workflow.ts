import { REPORTER_EDITABLE, type ArticleStatus, type Permission } from "./permissions";
import { stagePlace, type ReviewPosition } from "./review-chain";

/**
 * The article state machine as data: every allowed move, and the permission it needs.
 * One use-case (lib/server/articles/transition-article.ts) performs them all; nothing
 * else changes an article's status. Review stages are data (lib/workflow/review-chain.ts):
 * SUBMITTED is "in a stage", and `at` says where in its chain a row applies.
 */
export type TransitionName =
  | "submit"
  | "withdraw"
  | "pass"
  | "send-back"
  | "request-changes"
  | "approve"
  | "publish-now"
  | "schedule"
  | "cancel-schedule"
  | "publish"
  | "publish-update"
  | "unpublish"
  | "archive";

export type Transition = {
  name: TransitionName;
  from: ArticleStatus;
  to: ArticleStatus;
  permission: Permission;
  /**
   * For moves out of a review stage: where in the chain the story must be. "Pass" moves
   * to the next stage before the last, "approve" passes the last one, "send-back" returns
   * it to the previous stage (never from the first).
   */
  at?: "not-last" | "last" | "not-first";
};

/** What a move asks for besides the permission: a note (sending back) or a reason (skipping stages). */
export const NEEDS_NOTE: ReadonlySet<TransitionName> = new Set([
  "send-back",
  "request-changes",
  "publish-now",
]);

export const TRANSITIONS: readonly Transition[] = [
  { name: "submit", from: "DRAFT", to: "SUBMITTED", permission: "article.submit" },
  { name: "submit", from: "CHANGES_REQUESTED", to: "SUBMITTED", permission: "article.submit" },
  { name: "withdraw", from: "SUBMITTED", to: "DRAFT", permission: "article.withdraw" },
  {
    name: "pass",
    from: "SUBMITTED",
    to: "SUBMITTED",
    permission: "article.review",
    at: "not-last",
  },
  {
    name: "send-back",
    from: "SUBMITTED",
    to: "SUBMITTED",
    permission: "article.review",
    at: "not-first",
  },
  {
    name: "request-changes",
    from: "SUBMITTED",
    to: "CHANGES_REQUESTED",
    permission: "article.request-changes",
  },
  { name: "approve", from: "SUBMITTED", to: "APPROVED", permission: "article.approve", at: "last" },
  // Breaking news: published past the stages not yet passed, with a reason on the record.
  { name: "publish-now", from: "DRAFT", to: "PUBLISHED", permission: "article.publish-now" },
  {
    name: "publish-now",
    from: "CHANGES_REQUESTED",
    to: "PUBLISHED",
    permission: "article.publish-now",
  },
  { name: "publish-now", from: "SUBMITTED", to: "PUBLISHED", permission: "article.publish-now" },
  { name: "schedule", from: "APPROVED", to: "SCHEDULED", permission: "article.schedule" },
  { name: "cancel-schedule", from: "SCHEDULED", to: "APPROVED", permission: "article.schedule" },
  { name: "publish", from: "APPROVED", to: "PUBLISHED", permission: "article.publish" },
  { name: "publish", from: "SCHEDULED", to: "PUBLISHED", permission: "article.publish" },
  { name: "publish", from: "UNPUBLISHED", to: "PUBLISHED", permission: "article.publish" },
  { name: "publish-update", from: "PUBLISHED", to: "PUBLISHED", permission: "article.publish" },
  { name: "unpublish", from: "PUBLISHED", to: "UNPUBLISHED", permission: "article.unpublish" },
  { name: "archive", from: "DRAFT", to: "ARCHIVED", permission: "article.archive" },
  { name: "archive", from: "UNPUBLISHED", to: "ARCHIVED", permission: "article.archive" },
];

/** Whether a row applies where the story stands (rows without `at` apply anywhere). */
export function appliesAt(transition: Transition, review: ReviewPosition | null): boolean {
  if (!transition.at) return true;
  if (!review) return false;
  const { isFirst, isLast } = stagePlace(review);
  if (transition.at === "last") return isLast;
  if (transition.at === "not-last") return !isLast;
  return !isFirst;
}

/** The move of this name from this state (and, in review, from this stage), if the table has one. */
export function findTransition(
  name: TransitionName,
  from: ArticleStatus,
  review: ReviewPosition | null = null,
): Transition | undefined {
  return TRANSITIONS.find(
    (transition) =>
      transition.name === name && transition.from === from && appliesAt(transition, review),
  );
}

/** Every move the table offers from where the story stands (before permissions). */
export function movesFrom(from: ArticleStatus, review: ReviewPosition | null): Transition[] {
  return TRANSITIONS.filter(
    (transition) => transition.from === from && appliesAt(transition, review),
  );
}

export const TRANSITION_NAMES = [
  ...new Set(TRANSITIONS.map((transition) => transition.name)),
] as readonly TransitionName[];

/**
 * How each move is offered to people, kept beside the table so a new transition needs
 * no change to the workflow panel: `order` places its button (the way a story moves),
 * `tone` marks the forward steps and the ones that take something away, and `confirm`
 * asks once more before a step that takes something away from readers or the desk.
 * The button's words are the `workflow.actions.<name>` message.
 */
export const TRANSITION_PRESENTATION: Record<
  TransitionName,
  { order: number; tone: "primary" | "secondary" | "danger"; confirm?: true }
> = {
  submit: { order: 10, tone: "primary" },
  withdraw: { order: 20, tone: "secondary" },
  pass: { order: 25, tone: "primary" },
  "send-back": { order: 28, tone: "secondary" },
  "request-changes": { order: 30, tone: "secondary" },
  approve: { order: 40, tone: "primary" },
  "publish-now": { order: 45, tone: "danger", confirm: true },
  publish: { order: 50, tone: "primary" },
  "publish-update": { order: 60, tone: "primary" },
  schedule: { order: 70, tone: "secondary" },
  "cancel-schedule": { order: 80, tone: "secondary" },
  unpublish: { order: 90, tone: "danger", confirm: true },
  archive: { order: 100, tone: "danger", confirm: true },
};

/** The moves offered, in the order the panel shows them. */
export function sortTransitions(names: readonly TransitionName[]): TransitionName[] {
  return [...new Set(names)].sort(
    (a, b) => TRANSITION_PRESENTATION[a].order - TRANSITION_PRESENTATION[b].order,
  );
}

/**
 * Whether the desk can hand a story in this state back to its writer in one move (today
 * "Request changes" from SUBMITTED; each review stage 三審三校 adds its own): the locked
 * editor says so instead of "ask an editor". Withdraw is the writer's own move, not the desk's.
 */
export function deskCanReturn(status: ArticleStatus): boolean {
  return TRANSITIONS.some(
    (transition) =>
      transition.from === status &&
      transition.name !== "withdraw" &&
      transition.to !== status &&
      REPORTER_EDITABLE.has(transition.to),
  );
}
