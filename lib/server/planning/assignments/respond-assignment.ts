import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { TRespondAssignment } from "@/lib/schemas/planning";
import type { Actor } from "@/lib/workflow/permissions";
import { authorize } from "../../auth/authorize";
import { notifyPlan, planChanged, refusal } from "../plan-rules";

/**
 * The assignee's "Accept" or "Decline" (with a reason). Only ever one's own assignment
 * (anyone else's answers NOT_FOUND, as if it did not exist), and only while it is still
 * waiting: the update is guarded on PENDING, so an assignment an editor withdrew or gave
 * to someone else meanwhile is refused (CONFLICT, `withdrawn`) and nothing is written.
 * The editor who assigned it is notified.
 */
export async function respondToAssignment(
  actor: Actor,
  input: TRespondAssignment,
  ip: string | null = null,
): Promise<{ planItemId: string; status: "ACCEPTED" | "DECLINED" }> {
  await authorize(actor, "plan.view", {
    resourceType: "assignment",
    resourceId: input.assignmentId,
    ip,
  });
  const status = input.answer === "accept" ? "ACCEPTED" : "DECLINED";
  const planItemId = await db.$transaction(async (tx) => {
    const assignment = await tx.assignment.findFirst({
      where: { id: input.assignmentId, userId: actor.id },
      select: { planItemId: true, assignedById: true, status: true },
    });
    if (!assignment) throw new AppError("NOT_FOUND", "There is no such assignment.");
    const { count } = await tx.assignment.updateMany({
      where: { id: input.assignmentId, userId: actor.id, status: "PENDING" },
      data: {
        status,
        declineReason: input.answer === "decline" ? input.reason : null,
        respondedAt: new Date(),
      },
    });
    if (count === 0) {
      const now = await tx.assignment.findUniqueOrThrow({
        where: { id: input.assignmentId },
        select: { status: true },
      });
      throw now.status === "WITHDRAWN"
        ? refusal(
            "CONFLICT",
            "withdrawn",
            "This assignment was withdrawn or given to someone else meanwhile.",
          )
        : refusal("CONFLICT", "answered", "You have already answered this assignment.");
    }
    await notifyPlan(tx, {
      kind: status === "ACCEPTED" ? "ASSIGNMENT_ACCEPTED" : "ASSIGNMENT_DECLINED",
      planItemId: assignment.planItemId,
      actorId: actor.id,
      people: [assignment.assignedById],
      message: input.answer === "decline" ? input.reason : null,
    });
    return assignment.planItemId;
  });
  await planChanged(actor, "plan.view", planItemId, input.answer, ip, {
    assignmentId: input.assignmentId,
  });
  return { planItemId, status };
}
