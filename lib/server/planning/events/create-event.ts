import "server-only";
import { db } from "@/lib/db";
import type { TCreatePlanEvent } from "@/lib/schemas/plan-events";
import type { Actor } from "@/lib/workflow/permissions";
import { authorize } from "../../auth/authorize";
import { EVENT_RESOURCE, eventChanged, eventColumns } from "./event-rules";

/**
 * A new event on the planning calendar (`plan.manage`: editors and admins).
 *
 * - FORBIDDEN (audited) for anyone else.
 * - INVALID_INPUT (reason badTime, sectionMissing) for a time that does not exist in the
 *   newsroom's zone or a section that is gone. Nothing is written on any refusal.
 */
export async function createEvent(
  actor: Actor,
  input: TCreatePlanEvent,
  ip: string | null = null,
): Promise<{ id: string; startsAt: Date }> {
  await authorize(actor, "plan.manage", { resourceType: EVENT_RESOURCE, ip });
  const data = await eventColumns(input);
  const event = await db.planEvent.create({
    data: { ...data, createdById: actor.id },
    select: { id: true, startsAt: true },
  });
  await eventChanged(actor, event.id, "create", ip, { title: data.title });
  return event;
}
