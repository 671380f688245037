import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { TAssign } from "@/lib/schemas/planning";
import { newsroomTimeZone, wallTimeToInstant } from "@/lib/time-zone";
import type { Actor } from "@/lib/workflow/permissions";
import { authorize } from "../../auth/authorize";
import { lockedItem, notifyPlan, planChanged, refusal } from "../plan-rules";

/**
 * "Assign": one person, in one role, with a deadline (a wall time in the newsroom's zone)
 * and a note; with `replacesId`, "Reassign": that assignment is withdrawn in the same
 * transaction and its holder told. `plan.manage`. The item is locked while it is decided.
 *
 * - INVALID_INPUT: an unreadable deadline or one already past (`pastDeadline`); a
 *   deactivated or unknown person (`inactive`).
 * - CONFLICT: a spiked item or pitch (`spiked`); the person already holds that role on it
 *   (`duplicate`); the assignment to replace is no longer live (`withdrawn`).
 * Nothing is written on any refusal.
 */
export async function assign(
  actor: Actor,
  input: TAssign,
  ip: string | null = null,
): Promise<{ id: string }> {
  await authorize(actor, "plan.manage", {
    resourceType: "plan-item",
    resourceId: input.itemId,
    ip,
  });
  const deadline = wallTimeToInstant(input.deadline, newsroomTimeZone());
  if (!deadline)
    throw new AppError("INVALID_INPUT", "Enter the deadline as a date and time.", {
      field: "deadline",
    });
  if (deadline.getTime() <= Date.now())
    throw new AppError("INVALID_INPUT", "That deadline has already passed; choose a later time.", {
      field: "deadline",
      reason: "pastDeadline",
    });
  const created = await db.$transaction(async (tx) => {
    const item = await lockedItem(tx, input.itemId);
    if (item.status !== "PLANNED")
      throw refusal(
        "CONFLICT",
        "spiked",
        "Only an item on the budget can be assigned; restore it first.",
      );
    const person = await tx.user.findUnique({
      where: { id: input.userId },
      select: { isActive: true, name: true },
    });
    if (!person || !person.isActive)
      throw new AppError(
        "INVALID_INPUT",
        person
          ? `${person.name} is deactivated and cannot be assigned.`
          : "Choose a person from the list.",
        { field: "userId", reason: "inactive" },
      );
    const live = { in: ["PENDING", "ACCEPTED"] as Array<"PENDING" | "ACCEPTED"> };
    const twin = await tx.assignment.count({
      where: {
        planItemId: item.id,
        userId: input.userId,
        role: input.role,
        status: live,
        id: { not: input.replacesId ?? undefined },
      },
    });
    if (twin)
      throw new AppError("CONFLICT", `${person.name} already has this role on this item.`, {
        field: "userId",
        reason: "duplicate",
      });
    if (input.replacesId) {
      const replaced = await tx.assignment.updateMany({
        where: {
          id: input.replacesId,
          planItemId: item.id,
          status: { in: ["PENDING", "ACCEPTED", "DECLINED"] },
        },
        data: { status: "WITHDRAWN" },
      });
      if (replaced.count === 0)
        throw refusal(
          "CONFLICT",
          "withdrawn",
          "That assignment was already withdrawn or replaced; reload the page.",
        );
      const old = await tx.assignment.findUniqueOrThrow({
        where: { id: input.replacesId },
        select: { userId: true },
      });
      if (old.userId !== input.userId)
        await notifyPlan(tx, {
          kind: "ASSIGNMENT_WITHDRAWN",
          planItemId: item.id,
          actorId: actor.id,
          people: [old.userId],
        });
    }
    const assignment = await tx.assignment.create({
      data: {
        planItemId: item.id,
        userId: input.userId,
        role: input.role,
        deadline,
        note: input.note,
        assignedById: actor.id,
      },
      select: { id: true },
    });
    await notifyPlan(tx, {
      kind: "ASSIGNED",
      planItemId: item.id,
      actorId: actor.id,
      people: [input.userId],
      message: input.note,
    });
    return assignment;
  });
  await planChanged(
    actor,
    "plan.manage",
    input.itemId,
    input.replacesId ? "reassign" : "assign",
    ip,
    {
      userId: input.userId,
      role: input.role,
    },
  );
  return created;
}
