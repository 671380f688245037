import type { ArticleStatus } from "./permissions";

/**
 * States in which a deadline no longer matters: the story went out (or was taken off the
 * site after going out) or was put away.
 */
const DONE: ReadonlySet<ArticleStatus> = new Set(["PUBLISHED", "UNPUBLISHED", "ARCHIVED"]);

/** Whether a story has missed its deadline ("Due"): the time passed and it is not out yet. */
export function isOverdue(
  story: { status: ArticleStatus; dueAt: Date | null },
  now: Date = new Date(),
): boolean {
  return story.dueAt !== null && story.dueAt.getTime() < now.getTime() && !DONE.has(story.status);
}

/** How long something has waited, in the one unit a person reads at a glance. */
export function waitedFor(
  since: Date,
  now: Date = new Date(),
): { unit: "minutes" | "hours" | "days"; count: number } {
  const minutes = Math.max(0, Math.floor((now.getTime() - since.getTime()) / 60_000));
  if (minutes < 60) return { unit: "minutes", count: minutes };
  if (minutes < 48 * 60) return { unit: "hours", count: Math.floor(minutes / 60) };
  return { unit: "days", count: Math.floor(minutes / (24 * 60)) };
}
