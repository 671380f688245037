import { REPORTER_EDITABLE, type ArticleStatus, type Permission } from "./permissions";

/**
 * The article state machine as data: every allowed move, and the permission it needs.
 * One use-case (lib/server/articles/transition-article.ts) performs them all; nothing
 * else changes an article's status. More review stages (三審三校) are more rows.
 */
export type TransitionName =
  | "submit"
  | "withdraw"
  | "request-changes"
  | "approve"
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
};

export const TRANSITIONS: readonly Transition[] = [
  { name: "submit", from: "DRAFT", to: "SUBMITTED", permission: "article.submit" },
  { name: "submit", from: "CHANGES_REQUESTED", to: "SUBMITTED", permission: "article.submit" },
  { name: "withdraw", from: "SUBMITTED", to: "DRAFT", permission: "article.withdraw" },
  {
    name: "request-changes",
    from: "SUBMITTED",
    to: "CHANGES_REQUESTED",
    permission: "article.request-changes",
  },
  { name: "approve", from: "SUBMITTED", to: "APPROVED", permission: "article.approve" },
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

export function findTransition(name: TransitionName, from: ArticleStatus): Transition | undefined {
  return TRANSITIONS.find((transition) => transition.name === name && transition.from === from);
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
  "request-changes": { order: 30, tone: "secondary" },
  approve: { order: 40, tone: "primary" },
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
