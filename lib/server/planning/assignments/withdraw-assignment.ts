import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { TWithdrawAssignment } from "@/lib/schemas/planning";
import type { Actor } from "@/lib/workflow/permissions";
import { authorize } from "../../auth/authorize";
import { notifyPlan, planChanged, refusal } from "../plan-rules";

/** "Withdraw": takes an assignment back (`plan.manage`); its holder is told. */
export async function withdrawAssignment(
  actor: Actor,
  input: TWithdrawAssignment,
  ip: string | null = null,
): Promise<{ planItemId: string }> {
  await authorize(actor, "plan.manage", {
    resourceType: "assignment",
    resourceId: input.assignmentId,
    ip,
  });
  const planItemId = await db.$transaction(async (tx) => {
    const assignment = await tx.assignment.findUnique({
      where: { id: input.assignmentId },
      select: { planItemId: true, userId: true },
    });
    if (!assignment) throw new AppError("NOT_FOUND", "There is no such assignment.");
    const { count } = await tx.assignment.updateMany({
      where: { id: input.assignmentId, status: { in: ["PENDING", "ACCEPTED", "DECLINED"] } },
      data: { status: "WITHDRAWN" },
    });
    if (count === 0)
      throw refusal("CONFLICT", "withdrawn", "That assignment was already withdrawn or replaced.");
    await notifyPlan(tx, {
      kind: "ASSIGNMENT_WITHDRAWN",
      planItemId: assignment.planItemId,
      actorId: actor.id,
      people: [assignment.userId],
    });
    return assignment.planItemId;
  });
  await planChanged(actor, "plan.manage", planItemId, "withdraw", ip, {
    assignmentId: input.assignmentId,
  });
  return { planItemId };
}
