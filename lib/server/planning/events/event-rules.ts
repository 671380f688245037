import "server-only";
import { db } from "@/lib/db";
import { AppError, refusalOf } from "@/lib/errors";
import type { PlanEventRefusal, TCreatePlanEvent } from "@/lib/schemas/plan-events";
import { instantToWallTime, newsroomTimeZone, wallTimeToInstant } from "@/lib/time-zone";
import type { Actor } from "@/lib/workflow/permissions";
import { recordAudit } from "../../audit/record-audit";

/** Audit entries of event changes carry this resource type (and `plan.manage`). */
export const EVENT_RESOURCE = "plan-event";

/** An event refusal with its finer `reason` (and its field). */
export const eventRefusal = refusalOf<PlanEventRefusal>();

/**
 * The columns an event form writes: wall times become instants in the newsroom's zone,
 * and a named section must exist. INVALID_INPUT (reason badTime or sectionMissing) beside
 * the field otherwise.
 */
export async function eventColumns(input: TCreatePlanEvent) {
  const zone = newsroomTimeZone();
  const startsAt = wallTimeToInstant(input.startsAt, zone);
  if (!startsAt)
    throw eventRefusal("INVALID_INPUT", "badTime", "That start time does not exist.", "startsAt");
  const endsAt = input.endsAt ? wallTimeToInstant(input.endsAt, zone) : null;
  if (input.endsAt && !endsAt)
    throw eventRefusal("INVALID_INPUT", "badTime", "That end time does not exist.", "endsAt");
  // The schema compared the wall times; across a clock change only the instants can tell.
  if (endsAt && endsAt <= startsAt)
    throw eventRefusal("INVALID_INPUT", "badTime", "The end must come after the start.", "endsAt");
  if (input.sectionId) {
    const section = await db.section.count({ where: { id: input.sectionId } });
    if (section === 0)
      throw eventRefusal(
        "INVALID_INPUT",
        "sectionMissing",
        "That section no longer exists; choose another.",
        "sectionId",
      );
  }
  return {
    title: input.title,
    startsAt,
    endsAt,
    place: input.place,
    notes: input.notes,
    links: input.links,
    sectionId: input.sectionId,
  };
}

export function notFoundEvent(): AppError {
  return new AppError("NOT_FOUND", "That event no longer exists.");
}

/** Who last changed the event and when (wall time; today's by the clock alone), from the audit log. */
export async function lastEventChange(eventId: string): Promise<{ by: string; at: string }> {
  const entry = await db.auditLog.findFirst({
    where: {
      action: "plan.manage",
      outcome: "ALLOWED",
      resourceType: EVENT_RESOURCE,
      resourceId: eventId,
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { createdAt: true, actor: { select: { name: true } } },
  });
  if (!entry) return { by: "Someone", at: "" };
  const zone = newsroomTimeZone();
  const when = instantToWallTime(entry.createdAt, zone).replace("T", " ");
  const today = instantToWallTime(new Date(), zone).slice(0, 10);
  return { by: entry.actor?.name ?? "Someone", at: when.startsWith(today) ? when.slice(11) : when };
}

/** The audit entry for a committed change. */
export async function eventChanged(
  actor: Actor,
  eventId: string,
  change: "create" | "update" | "delete",
  ip: string | null,
  details: Record<string, string | number> = {},
): Promise<void> {
  await recordAudit({
    actorId: actor.id,
    action: "plan.manage",
    outcome: "ALLOWED",
    resourceType: EVENT_RESOURCE,
    resourceId: eventId,
    ip,
    details: { change, ...details },
  });
}
