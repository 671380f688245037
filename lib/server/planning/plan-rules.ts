import "server-only";
import { AppError } from "@/lib/errors";
import type { NotificationKind, Prisma } from "@/lib/generated/prisma/client";
import type { PlanningRefusal, TCreatePitch, TCreatePlanItem } from "@/lib/schemas/planning";
import type { Actor, Permission } from "@/lib/workflow/permissions";
import { recordAudit } from "../audit/record-audit";

type Tx = Prisma.TransactionClient;

export function refusal(
  code: "CONFLICT" | "INVALID_INPUT",
  reason: PlanningRefusal,
  message: string,
) {
  return new AppError(code, message, { reason });
}

/** The item as a change needs it; NOT_FOUND when there is none (plan.view is everyone's). */
export async function lockedItem(tx: Tx, itemId: string) {
  // FOR UPDATE: assignments and story links are decided against the item's current state.
  const rows = await tx.$queryRaw<Array<{ id: string }>>`
    select id::text from "PlanItem" where id = ${itemId}::uuid for update`;
  if (rows.length === 0) throw new AppError("NOT_FOUND", "There is no such planned item.");
  return tx.planItem.findUniqueOrThrow({
    where: { id: itemId },
    select: {
      id: true,
      status: true,
      headline: true,
      sectionId: true,
      version: true,
      articleId: true,
      pitchedById: true,
    },
  });
}

/**
 * An edit based on an older version of the item: refused naming nothing but the fact
 * (the page reloads to show what changed), and nothing is written.
 */
export function staleItem(): AppError {
  return refusal(
    "CONFLICT",
    "stale",
    "Someone changed this planned item after you opened it. Reload to see their change, then make yours again.",
  );
}

/**
 * Records a planning notice inside the caller's transaction for `people` (the actor
 * never hears of their own action; deactivated people are skipped).
 */
export async function notifyPlan(
  tx: Tx,
  input: {
    kind: NotificationKind;
    planItemId: string;
    actorId: string;
    people: ReadonlyArray<string | null | undefined>;
    message?: string | null;
  },
): Promise<void> {
  const ids = [...new Set(input.people.filter((id): id is string => !!id))].filter(
    (id) => id !== input.actorId,
  );
  if (ids.length === 0) return;
  const active = await tx.user.findMany({
    where: { id: { in: ids }, isActive: true },
    select: { id: true },
  });
  await tx.notification.createMany({
    data: active.map((user) => ({
      userId: user.id,
      kind: input.kind,
      planItemId: input.planItemId,
      actorId: input.actorId,
      message: input.message?.slice(0, 500) ?? null,
    })),
  });
}

/** One audit line per planning change: what changed, on which item. */
export async function planChanged(
  actor: Actor,
  permission: Permission,
  itemId: string,
  change: string,
  ip: string | null,
  details: Record<string, string | number | null> = {},
): Promise<void> {
  await recordAudit({
    actorId: actor.id,
    action: permission,
    outcome: "ALLOWED",
    resourceType: "plan-item",
    resourceId: itemId,
    ip,
    details: { change, ...details },
  });
}

/** Plan data as the columns take it: the day as a DATE at UTC midnight. */
export function dayColumn(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

/** A pitch's fields as the PlanItem columns take them (and, when given, where it runs). */
export function planItemData(
  input: TCreatePitch & Partial<Pick<TCreatePlanItem, "webSlot" | "printPage" | "eventId">>,
) {
  return {
    headline: input.headline,
    summary: input.summary,
    sectionId: input.sectionId,
    day: dayColumn(input.day),
    expectedLength: input.expectedLength,
    lengthUnit: input.lengthUnit,
    needs: input.needs,
    ...("webSlot" in input
      ? { webSlot: input.webSlot, printPage: input.printPage, eventId: input.eventId }
      : {}),
  };
}

/** Checks a section chosen for an item exists and is not archived. */
export async function checkSection(tx: Tx, sectionId: string | null): Promise<void> {
  if (!sectionId) return;
  const section = await tx.section.findUnique({
    where: { id: sectionId },
    select: { archivedAt: true },
  });
  if (!section || section.archivedAt)
    throw new AppError("INVALID_INPUT", "Choose a section from the list.", { field: "sectionId" });
}

/** Checks an event chosen for an item exists. */
export async function checkEvent(tx: Tx, eventId: string | null): Promise<void> {
  if (!eventId) return;
  const found = await tx.planEvent.count({ where: { id: eventId } });
  if (!found)
    throw new AppError("INVALID_INPUT", "Choose an event from the list.", { field: "eventId" });
}
