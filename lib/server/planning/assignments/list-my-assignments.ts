import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/workflow/permissions";
import type { MyAssignment } from "@/lib/schemas/plan-item-view";
import { planState } from "@/lib/workflow/plan-state";

/**
 * "My assignments" on /newsroom: what this person was given and has not turned down, on
 * items still on the budget and not yet published, nearest deadline first.
 */
export async function listMyAssignments(actor: Actor, limit = 20): Promise<MyAssignment[]> {
  const rows = await db.assignment.findMany({
    where: {
      userId: actor.id,
      status: { in: ["PENDING", "ACCEPTED"] },
      planItem: {
        status: "PLANNED",
        OR: [
          { articleId: null },
          { article: { status: { notIn: ["PUBLISHED", "UNPUBLISHED", "ARCHIVED"] } } },
        ],
      },
    },
    orderBy: [{ deadline: "asc" }, { id: "asc" }],
    take: limit,
    select: {
      id: true,
      role: true,
      deadline: true,
      status: true,
      planItem: {
        select: {
          id: true,
          status: true,
          headline: true,
          articleId: true,
          assignments: { select: { status: true } },
          article: { select: { status: true, reviewChain: true, reviewStage: true } },
        },
      },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    itemId: row.planItem.id,
    headline: row.planItem.headline,
    role: row.role,
    deadline: row.deadline,
    status: row.status as "PENDING" | "ACCEPTED",
    state: planState(row.planItem).state,
    articleId: row.planItem.articleId,
  }));
}
