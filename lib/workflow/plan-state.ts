import type { ArticleStatus } from "./permissions";
import { readChain, type ReviewStage } from "./review-chain";

/**
 * Where a planned item stands, as the budget shows it and filters by it. Before it has a
 * story, the item's own status and its assignments decide; once a story is linked, the
 * story's state is the item's state (in review: which stage), so nobody updates the
 * budget by hand. Pure, so the budget, the CSV, the item page and the tests agree.
 */
export const PLAN_STATES = [
  "PITCHED",
  "DECLINED",
  "UNASSIGNED",
  "ASSIGNED",
  "ACCEPTED",
  "TURNED_DOWN",
  "DRAFT",
  "IN_REVIEW",
  "CHANGES_REQUESTED",
  "APPROVED",
  "SCHEDULED",
  "PUBLISHED",
  "UNPUBLISHED",
  "ARCHIVED",
  "SPIKED",
] as const;
export type PlanState = (typeof PLAN_STATES)[number];

export type PlanItemStatus = "PITCHED" | "DECLINED" | "PLANNED" | "SPIKED";
export type AssignmentStatus = "PENDING" | "ACCEPTED" | "DECLINED" | "WITHDRAWN";

export type PlanStateInput = {
  status: PlanItemStatus;
  assignments: ReadonlyArray<{ status: AssignmentStatus }>;
  article: { status: ArticleStatus; reviewChain: unknown; reviewStage: number | null } | null;
};

const FROM_ARTICLE: Record<ArticleStatus, PlanState> = {
  DRAFT: "DRAFT",
  SUBMITTED: "IN_REVIEW",
  CHANGES_REQUESTED: "CHANGES_REQUESTED",
  APPROVED: "APPROVED",
  SCHEDULED: "SCHEDULED",
  PUBLISHED: "PUBLISHED",
  UNPUBLISHED: "UNPUBLISHED",
  ARCHIVED: "ARCHIVED",
};

/**
 * The item's state and, in review, the stage its story sits in (a story in review on the
 * default chain has its one stage, "Review"). A spiked item stays spiked whatever its
 * story does: it is off the budget. Without a story: no one asked yet is "Unassigned", a
 * declined assignment not yet replaced is "Turned down" (the editor must act), anyone
 * still to answer is "Assigned", everyone on it is "Accepted".
 */
export function planState(item: PlanStateInput): { state: PlanState; stage: ReviewStage | null } {
  if (item.status === "SPIKED") return { state: "SPIKED", stage: null };
  if (item.status === "PITCHED" || item.status === "DECLINED")
    return { state: item.status, stage: null };
  if (item.article) {
    const state = FROM_ARTICLE[item.article.status];
    if (state !== "IN_REVIEW") return { state, stage: null };
    const chain = readChain(item.article.reviewChain);
    const stage = chain?.[item.article.reviewStage ?? 0] ?? null;
    return { state, stage };
  }
  const live = item.assignments.filter((a) => a.status !== "WITHDRAWN");
  if (live.length === 0) return { state: "UNASSIGNED", stage: null };
  if (live.some((a) => a.status === "DECLINED")) return { state: "TURNED_DOWN", stage: null };
  if (live.some((a) => a.status === "PENDING")) return { state: "ASSIGNED", stage: null };
  return { state: "ACCEPTED", stage: null };
}
