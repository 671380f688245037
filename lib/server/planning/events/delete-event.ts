import "server-only";
import { db } from "@/lib/db";
import type { TDeletePlanEvent } from "@/lib/schemas/plan-events";
import type { Actor } from "@/lib/workflow/permissions";
import { authorize } from "../../auth/authorize";
import { EVENT_RESOURCE, eventChanged, notFoundEvent } from "./event-rules";

/**
 * Deletes an event (`plan.manage`). Planned items linked to it stay on the budget,
 * unlinked (the foreign key sets their `eventId` to null in the same statement).
 * FORBIDDEN (audited) for anyone else; NOT_FOUND for an event that is already gone.
 */
export async function deleteEvent(
  actor: Actor,
  input: TDeletePlanEvent,
  ip: string | null = null,
): Promise<{ title: string }> {
  await authorize(actor, "plan.manage", {
    resourceType: EVENT_RESOURCE,
    resourceId: input.eventId,
    ip,
  });
  const deleted = await db.planEvent
    .delete({ where: { id: input.eventId }, select: { title: true } })
    .catch((error: { code?: string }) => {
      if (error.code === "P2025") throw notFoundEvent();
      throw error;
    });
  await eventChanged(actor, input.eventId, "delete", ip, { title: deleted.title });
  return deleted;
}
