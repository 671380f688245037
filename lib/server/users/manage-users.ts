import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Actor, Role } from "@/lib/workflow/permissions";
import { recordAudit } from "../audit/record-audit";
import { authorize } from "../auth/authorize";
import { createResetToken } from "./reset-tokens";

export type UserRow = {
  id: string;
  name: string;
  email: string;
  role: Role;
  isActive: boolean;
  createdAt: Date;
};

export async function listUsers(actor: Actor): Promise<UserRow[]> {
  await authorize(actor, "user.manage", { resourceType: "user" });
  return db.user.findMany({
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: 500,
    select: { id: true, name: true, email: true, role: true, isActive: true, createdAt: true },
  });
}

/** Creates an account with no usable password and returns a one-time link to set one. */
export async function createUser(
  actor: Actor,
  input: { name: string; email: string; role: Role },
): Promise<{ userId: string; token: string }> {
  await authorize(actor, "user.manage", { resourceType: "user" });
  if (await db.user.findUnique({ where: { email: input.email }, select: { id: true } })) {
    throw new AppError("EMAIL_TAKEN", "Someone already has an account with that email.");
  }
  const result = await db.$transaction(async (tx) => {
    const user = await tx.user.create({ data: { ...input, passwordHash: "!" } }); // "!" never verifies
    return { userId: user.id, token: await createResetToken(tx, user.id) };
  });
  await recordAudit({
    actorId: actor.id,
    action: "user.manage",
    outcome: "ALLOWED",
    resourceType: "user",
    resourceId: result.userId,
    details: { change: "create", role: input.role },
  });
  return result;
}

/**
 * Changes a role or deactivates/reactivates. Either bumps sessionVersion, so the person's
 * next request runs with the new role, or with no session at all. The last active admin
 * can be neither demoted nor deactivated.
 */
export async function updateUser(
  actor: Actor,
  input: { userId: string; role?: Role; isActive?: boolean },
): Promise<void> {
  await authorize(actor, "user.manage", { resourceType: "user", resourceId: input.userId });
  await db.$transaction(async (tx) => {
    // Serialise admin changes so two admins cannot demote each other at the same moment.
    await tx.$executeRaw`select pg_advisory_xact_lock(4242)`;
    const user = await tx.user.findUnique({ where: { id: input.userId } });
    if (!user) throw new AppError("NOT_FOUND", "There is no such user.");
    const losesAdmin =
      user.role === "ADMIN" &&
      user.isActive &&
      ((input.role && input.role !== "ADMIN") || input.isActive === false);
    if (losesAdmin && (await tx.user.count({ where: { role: "ADMIN", isActive: true } })) <= 1) {
      throw new AppError(
        "LAST_ADMIN",
        "Galley needs at least one active admin; make someone else admin first.",
      );
    }
    await tx.user.update({
      where: { id: input.userId },
      data: {
        ...(input.role ? { role: input.role } : {}),
        ...(input.isActive !== undefined ? { isActive: input.isActive } : {}),
        sessionVersion: { increment: 1 },
      },
    });
  });
  await recordAudit({
    actorId: actor.id,
    action: "user.manage",
    outcome: "ALLOWED",
    resourceType: "user",
    resourceId: input.userId,
    details: { role: input.role ?? null, isActive: input.isActive ?? null },
  });
}

export async function issueResetLink(actor: Actor, userId: string): Promise<string> {
  await authorize(actor, "user.manage", { resourceType: "user", resourceId: userId });
  const token = await db.$transaction(async (tx) => {
    if (!(await tx.user.findUnique({ where: { id: userId }, select: { id: true } })))
      throw new AppError("NOT_FOUND", "There is no such user.");
    return createResetToken(tx, userId);
  });
  await recordAudit({
    actorId: actor.id,
    action: "user.manage",
    outcome: "ALLOWED",
    resourceType: "user",
    resourceId: userId,
    details: { change: "reset-link" },
  });
  return token;
}
