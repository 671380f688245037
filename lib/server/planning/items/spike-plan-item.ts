import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { TSpikePlanItem } from "@/lib/schemas/planning";
import type { Actor } from "@/lib/workflow/permissions";
import { authorize } from "../../auth/authorize";
import { notifyPlan, planChanged, refusal, staleItem } from "../plan-rules";

/**
 * "Spike" takes a planned item off the budget and keeps it on the record (with the note);
 * "Restore" puts it back (`plan.manage`). Guarded by the version like any edit. A pitch
 * is declined, not spiked. Spiking tells everyone still on the item (their assignments
 * are kept, so "Restore" brings the team back).
 */
export async function spikePlanItem(
  actor: Actor,
  input: TSpikePlanItem,
  ip: string | null = null,
): Promise<{ id: string; version: number }> {
  await authorize(actor, "plan.manage", {
    resourceType: "plan-item",
    resourceId: input.itemId,
    ip,
  });
  const from = input.spiked ? "PLANNED" : "SPIKED";
  const count = await db.$transaction(async (tx) => {
    const moved = await tx.planItem.updateMany({
      where: { id: input.itemId, version: input.version, status: from },
      data: {
        status: input.spiked ? "SPIKED" : "PLANNED",
        decisionNote: input.spiked ? input.note : null,
        version: { increment: 1 },
      },
    });
    // Those still on it stop working on a story the desk dropped, and hear why.
    if (moved.count && input.spiked) {
      const live = await tx.assignment.findMany({
        where: { planItemId: input.itemId, status: { in: ["PENDING", "ACCEPTED"] } },
        select: { userId: true },
      });
      await notifyPlan(tx, {
        kind: "PLAN_SPIKED",
        planItemId: input.itemId,
        actorId: actor.id,
        people: live.map((a) => a.userId),
        message: input.note,
      });
    }
    return moved.count;
  });
  if (count === 0) {
    const item = await db.planItem.findUnique({
      where: { id: input.itemId },
      select: { status: true, version: true },
    });
    if (!item) throw new AppError("NOT_FOUND", "There is no such planned item.");
    if (item.version !== input.version) throw staleItem();
    throw refusal(
      "CONFLICT",
      "decided",
      item.status === "PITCHED" || item.status === "DECLINED"
        ? "A pitch is accepted or declined, not spiked."
        : "This item is already where you asked.",
    );
  }
  await planChanged(actor, "plan.manage", input.itemId, input.spiked ? "spike" : "restore", ip);
  return { id: input.itemId, version: input.version + 1 };
}
