import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Actor, Role } from "@/lib/workflow/permissions";
import { recordAudit } from "../audit/record-audit";
import { authorize } from "../auth/authorize";
import { sendMail } from "../mail/send-mail";
import { ADMIN_CHANGES_LOCK } from "./admin-lock";
import { getPublication } from "../settings/get-publication";
import { createResetToken, RESET_LINK_HOURS, resetLinkUrl } from "./reset-tokens";

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

/** A one-time link to set a password, and whether it was mailed too. */
export type IssuedLink = { userId: string; link: string; mailed: boolean };

async function mailLink(to: string, link: string, isNewAccount: boolean): Promise<boolean> {
  // Named after the paper (its settings): staff know their newsroom, not the software.
  const paper = (await getPublication()).names.en;
  return sendMail({
    to,
    subject: isNewAccount ? `Your ${paper} newsroom account` : `Set a new ${paper} password`,
    text: `${isNewAccount ? `An account in the ${paper} newsroom was made for you.` : "An admin issued you a link to set a new password."}\n\nSet your password here (the link works once, for ${RESET_LINK_HOURS} hours):\n${link}\n`,
  });
}

/**
 * Creates an account with no usable password and a one-time link to set one. The link is
 * returned for the admin to pass on, and mailed too when SMTP is configured.
 */
export async function createUser(
  actor: Actor,
  input: { name: string; email: string; role: Role },
): Promise<IssuedLink> {
  await authorize(actor, "user.manage", { resourceType: "user" });
  return createAccountWithLink(input, { actorId: actor.id });
}

/**
 * The account and its link, for whoever was allowed to ask: an admin (createUser) or the
 * command line (`npm run user`, whose permission is access to the server). `via` is
 * recorded in the audit log when it was not the newsroom.
 */
export async function createAccountWithLink(
  input: { name: string; email: string; role: Role },
  by: { actorId: string | null; via?: string },
): Promise<IssuedLink> {
  const created = await db
    .$transaction(async (tx) => {
      const user = await tx.user.create({ data: { ...input, passwordHash: "!" } }); // "!" never verifies
      return { userId: user.id, token: await createResetToken(tx, user.id) };
    })
    .catch((error: unknown) => {
      if ((error as { code?: string }).code === "P2002") {
        throw new AppError("EMAIL_TAKEN", "Someone already has an account with that email.", {
          field: "email",
        });
      }
      throw error;
    });
  await recordAudit({
    actorId: by.actorId,
    action: "user.manage",
    outcome: "ALLOWED",
    resourceType: "user",
    resourceId: created.userId,
    details: { change: "create", role: input.role, ...(by.via ? { via: by.via } : {}) },
  });
  const link = await resetLinkUrl(created.token);
  return { userId: created.userId, link, mailed: await mailLink(input.email, link, true) };
}

/**
 * Changes a role or deactivates/reactivates. The role is read from the database on every
 * request, so a new role applies on the person's next request without signing them out;
 * deactivation also moves sessionVersion on, so their sessions end for good (a later
 * reactivation does not revive them). The last active admin can be neither demoted nor
 * deactivated.
 */
export async function updateUser(
  actor: Actor,
  input: { userId: string; role?: Role; isActive?: boolean },
): Promise<void> {
  await authorize(actor, "user.manage", { resourceType: "user", resourceId: input.userId });
  await db.$transaction(async (tx) => {
    // Serialise admin changes so two admins cannot demote each other at the same moment.
    await tx.$executeRaw`select pg_advisory_xact_lock(${ADMIN_CHANGES_LOCK})`;
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
        ...(input.isActive === false ? { sessionVersion: { increment: 1 } } : {}),
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

export async function issueResetLink(actor: Actor, userId: string): Promise<IssuedLink> {
  await authorize(actor, "user.manage", { resourceType: "user", resourceId: userId });
  return issueLinkFor(userId, { actorId: actor.id });
}

/** A new one-time link for an existing account, for an admin or the command line (see above). */
export async function issueLinkFor(
  userId: string,
  by: { actorId: string | null; via?: string },
): Promise<IssuedLink> {
  const issued = await db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { email: true } });
    if (!user) throw new AppError("NOT_FOUND", "There is no such user.");
    return { email: user.email, token: await createResetToken(tx, userId) };
  });
  await recordAudit({
    actorId: by.actorId,
    action: "user.manage",
    outcome: "ALLOWED",
    resourceType: "user",
    resourceId: userId,
    details: { change: "reset-link", ...(by.via ? { via: by.via } : {}) },
  });
  const link = await resetLinkUrl(issued.token);
  return { userId, link, mailed: await mailLink(issued.email, link, false) };
}
