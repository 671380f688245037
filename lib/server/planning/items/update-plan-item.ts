import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { TUpdatePlanItem } from "@/lib/schemas/planning";
import type { Actor } from "@/lib/workflow/permissions";
import { authorize } from "../../auth/authorize";
import { checkEvent, checkSection, planChanged, planItemData, staleItem } from "../plan-rules";

/**
 * Edits a planned item or pitch, which is also how it moves to another day or section
 * (`plan.manage`). One update guarded by the version the editor's page showed: a change
 * made meanwhile by someone else is refused (CONFLICT, `stale`) and nothing is written.
 */
export async function updatePlanItem(
  actor: Actor,
  input: TUpdatePlanItem,
  ip: string | null = null,
): Promise<{ id: string; version: number }> {
  await authorize(actor, "plan.manage", {
    resourceType: "plan-item",
    resourceId: input.itemId,
    ip,
  });
  const updated = await db.$transaction(async (tx) => {
    await checkSection(tx, input.sectionId);
    await checkEvent(tx, input.eventId);
    const { count } = await tx.planItem.updateMany({
      where: { id: input.itemId, version: input.version },
      data: { ...planItemData(input), version: { increment: 1 } },
    });
    if (count === 0) {
      const exists = await tx.planItem.count({ where: { id: input.itemId } });
      if (!exists) throw new AppError("NOT_FOUND", "There is no such planned item.");
      throw staleItem();
    }
    return { id: input.itemId, version: input.version + 1 };
  });
  await planChanged(actor, "plan.manage", input.itemId, "update", ip, { day: input.day });
  return updated;
}
