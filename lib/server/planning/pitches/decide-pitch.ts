import "server-only";
import { db } from "@/lib/db";
import type { TDecidePitch } from "@/lib/schemas/planning";
import type { Actor } from "@/lib/workflow/permissions";
import { authorize } from "../../auth/authorize";
import { lockedItem, notifyPlan, planChanged, refusal } from "../plan-rules";

/**
 * "Accept" (the pitch becomes a planned item on its day's budget) or "Decline" (with a
 * note the pitcher reads); `plan.manage`, editors and admins. The pitcher is notified.
 *
 * - CONFLICT (`decided`) when another editor decided it meanwhile: nothing written.
 */
export async function decidePitch(
  actor: Actor,
  input: TDecidePitch,
  ip: string | null = null,
): Promise<{ id: string; status: "PLANNED" | "DECLINED" }> {
  await authorize(actor, "plan.manage", {
    resourceType: "plan-item",
    resourceId: input.itemId,
    ip,
  });
  const status = input.decision === "accept" ? "PLANNED" : "DECLINED";
  await db.$transaction(async (tx) => {
    const item = await lockedItem(tx, input.itemId);
    if (item.status !== "PITCHED")
      throw refusal(
        "CONFLICT",
        "decided",
        "This pitch was already decided by someone else; the page now shows their decision.",
      );
    await tx.planItem.update({
      where: { id: item.id },
      data: {
        status,
        decidedById: actor.id,
        decidedAt: new Date(),
        decisionNote: input.note,
        version: { increment: 1 },
      },
    });
    await notifyPlan(tx, {
      kind: status === "PLANNED" ? "PITCH_ACCEPTED" : "PITCH_DECLINED",
      planItemId: item.id,
      actorId: actor.id,
      people: [item.pitchedById],
      message: input.note,
    });
  });
  await planChanged(actor, "plan.manage", input.itemId, input.decision, ip);
  return { id: input.itemId, status };
}
