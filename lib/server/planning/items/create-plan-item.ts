import "server-only";
import { db } from "@/lib/db";
import type { TCreatePlanItem } from "@/lib/schemas/planning";
import type { Actor } from "@/lib/workflow/permissions";
import { authorize } from "../../auth/authorize";
import { checkEvent, checkSection, planChanged, planItemData } from "../plan-rules";

/** "New planned item": an editor puts a story on the budget directly (`plan.manage`). */
export async function createPlanItem(
  actor: Actor,
  input: TCreatePlanItem,
  ip: string | null = null,
): Promise<{ id: string }> {
  await authorize(actor, "plan.manage", { resourceType: "plan-item", ip });
  const item = await db.$transaction(async (tx) => {
    await checkSection(tx, input.sectionId);
    await checkEvent(tx, input.eventId);
    return tx.planItem.create({
      data: {
        status: "PLANNED",
        ...planItemData(input),
        pitchedById: actor.id,
        decidedById: actor.id,
        decidedAt: new Date(),
      },
      select: { id: true },
    });
  });
  await planChanged(actor, "plan.manage", item.id, "create", ip);
  return item;
}
