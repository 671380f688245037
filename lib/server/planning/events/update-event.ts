import "server-only";
import { db } from "@/lib/db";
import type { TUpdatePlanEvent } from "@/lib/schemas/plan-events";
import type { Actor } from "@/lib/workflow/permissions";
import { authorize } from "../../auth/authorize";
import {
  EVENT_RESOURCE,
  eventChanged,
  eventColumns,
  eventRefusal,
  lastEventChange,
  notFoundEvent,
} from "./event-rules";

/**
 * Changes an event (`plan.manage`). The edit is based on the version the form was loaded
 * at: one guarded update, so of two editors saving at once exactly one wins.
 *
 * - FORBIDDEN (audited) for anyone else; NOT_FOUND for an event that is gone.
 * - INVALID_INPUT as `createEvent`.
 * - CONFLICT (reason `stale`, with `by` and `at` from the audit log) when someone saved it
 *   after the form was loaded; nothing is written.
 */
export async function updateEvent(
  actor: Actor,
  input: TUpdatePlanEvent,
  ip: string | null = null,
): Promise<{ version: number; startsAt: Date }> {
  const { eventId, version } = input;
  await authorize(actor, "plan.manage", { resourceType: EVENT_RESOURCE, resourceId: eventId, ip });
  const exists = await db.planEvent.count({ where: { id: eventId } });
  if (exists === 0) throw notFoundEvent();
  const data = await eventColumns(input);
  const { count } = await db.planEvent.updateMany({
    where: { id: eventId, version },
    data: { ...data, version: { increment: 1 } },
  });
  if (count === 0) {
    if ((await db.planEvent.count({ where: { id: eventId } })) === 0) throw notFoundEvent();
    const { by, at } = await lastEventChange(eventId);
    throw eventRefusal(
      "CONFLICT",
      "stale",
      `${by} changed this event${at ? ` at ${at}` : ""} after you opened it; your changes were not saved. Reload the page to see theirs.`,
      undefined,
      { by, at },
    );
  }
  await eventChanged(actor, eventId, "update", ip, { title: data.title, version: version + 1 });
  return { version: version + 1, startsAt: data.startsAt };
}
