import { TRANSITIONS, type TransitionName } from "./article-workflow";
import type { ArticleStatus } from "./permissions";

/**
 * Everything that can happen in the newsroom, named once. History, Timeline, the audit
 * log and notifications all label a step with `activityLabelKey(kind)`, so "Publish
 * update" reads "Published an update" wherever it appears, in the reader's UI language.
 */
export const ACTIVITY_KINDS = [
  "create",
  "submit",
  "withdraw",
  "pass",
  "send-back",
  "request-changes",
  "approve",
  "publish-now",
  "schedule",
  "cancel-schedule",
  "publish",
  "publish-update",
  "unpublish",
  "archive",
  "schedule-failed",
  "edit",
  "comment",
  "correct",
  "embargo",
  "share-preview",
  "revoke-preview",
  "contributor-create",
  "media-edit",
  "media-delete",
  "user-manage",
  "settings-manage",
  "review-manage",
  "sign-in",
  "change-password",
  "audit-read",
] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

/** The message key (in lib/i18n/messages) that names a step. */
export function activityLabelKey(kind: ActivityKind): `activity.${ActivityKind}` {
  return `activity.${kind}`;
}

export function isActivityKind(value: unknown): value is ActivityKind {
  return typeof value === "string" && (ACTIVITY_KINDS as readonly string[]).includes(value);
}

/**
 * The step a workflow event records: its transition's name, stored since review stages
 * (passing and sending back both go SUBMITTED → SUBMITTED); older events store only the
 * statuses, whose pairs were unique then. A first status is "create"; null for a pair
 * the table does not know (data from before a transition was removed).
 */
export function stepOfStatuses(
  from: ArticleStatus | null,
  to: ArticleStatus,
  transition: string | null = null,
): ActivityKind | null {
  if (from === null) return "create";
  if (isActivityKind(transition)) return transition;
  return TRANSITIONS.find((t) => t.from === from && t.to === to)?.name ?? null;
}

/**
 * Notification kinds (the Prisma enum, restated: this module is pure). Their sentences
 * (`notifications.kinds.*`) carry the headline, so they are whole sentences per kind.
 */
export type NotificationKindName =
  | "SUBMITTED"
  | "CHANGES_REQUESTED"
  | "APPROVED"
  | "SCHEDULED"
  | "PUBLISHED"
  | "UPDATE_PUBLISHED"
  | "CORRECTED"
  | "SCHEDULE_FAILED"
  | "COMMENT"
  | "STAGE_REACHED"
  | "SENT_BACK"
  | "PUBLISHED_NOW";

/** The notification a step sends, if any (who hears it is lib/server/notifications' rule). */
export const TRANSITION_NOTICE: Partial<Record<TransitionName, NotificationKindName>> = {
  submit: "SUBMITTED",
  pass: "STAGE_REACHED",
  "send-back": "SENT_BACK",
  "request-changes": "CHANGES_REQUESTED",
  "publish-now": "PUBLISHED_NOW",
  approve: "APPROVED",
  schedule: "SCHEDULED",
  publish: "PUBLISHED",
  "publish-update": "UPDATE_PUBLISHED",
};

/**
 * What an audit entry records, as a step: `action` is a permission ("article.publish")
 * or an event ("auth.sign-in"); transitions also name themselves in `details.transition`
 * (others sharing a permission in `details.step`), which tells "Publish update" from "Publish". Null for an action this list does not know.
 */
export function activityOfAudit(action: string, details: unknown): ActivityKind | null {
  const named = details as { step?: unknown; transition?: unknown } | null;
  const step = named?.step ?? named?.transition;
  if (isActivityKind(step)) return step;
  return AUDIT_ACTIONS[action] ?? null;
}

/** Audit actions that are not a workflow transition's own record, and the step each is. */
export const AUDIT_ACTIONS: Readonly<Record<string, ActivityKind>> = {
  "article.create": "create",
  "article.edit": "edit",
  "article.submit": "submit",
  "article.withdraw": "withdraw",
  "article.request-changes": "request-changes",
  "article.review": "pass",
  "article.approve": "approve",
  "article.publish-now": "publish-now",
  "article.schedule": "schedule",
  "article.publish": "publish",
  "article.unpublish": "unpublish",
  "article.archive": "archive",
  "article.comment": "comment",
  "article.correct": "correct",
  "article.embargo": "embargo",
  "article.share-preview": "share-preview",
  "article.revoke-preview": "revoke-preview",
  "contributor.create": "contributor-create",
  "media.edit": "media-edit",
  "media.delete": "media-delete",
  "user.manage": "user-manage",
  "settings.manage": "settings-manage",
  "review.manage": "review-manage",
  "auth.sign-in": "sign-in",
  "auth.change-password": "change-password",
  "audit.read": "audit-read",
};

/** The audit log's "What" filter: which rows a step is (action, and transition where it splits one). */
export function auditFilterOf(kind: ActivityKind): { action: string; transition?: string } | null {
  const transition = TRANSITIONS.find((t) => t.name === kind);
  if (transition) return { action: transition.permission, transition: transition.name };
  const action = Object.entries(AUDIT_ACTIONS).find(([, step]) => step === kind)?.[0];
  return action ? { action } : null;
}

/** What a revision's stored reason says, for people: the step (and its note) or the restored version. */
export type RevisionReason = { step?: ActivityKind; note?: string; restoredVersion?: number };

/**
 * Reads a revision's `reason`, which use-cases write in English for logs: WORKFLOW
 * revisions store "<transition>" or "<transition>: <note>", RESTORE ones "Restored version
 * <n> of <time>". Other kinds' reasons repeat their kind, so nothing more is shown.
 */
export function readRevisionReason(kind: string, reason: string | null): RevisionReason {
  if (!reason) return {};
  if (kind === "WORKFLOW") {
    const match = /^([a-z-]+)(?:: ([\s\S]*))?$/.exec(reason);
    if (match && isActivityKind(match[1]))
      return { step: match[1], ...(match[2] ? { note: match[2] } : {}) };
    return { note: reason };
  }
  if (kind === "RESTORE") {
    const match = /^Restored version (\d+)/.exec(reason);
    return match ? { restoredVersion: Number(match[1]) } : {};
  }
  return {};
}
