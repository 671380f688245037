import "server-only";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { dataDirFromEnv, matchesSetupToken, removeSetupToken } from "@/lib/runtime/setup-token";
import { recordAudit } from "../audit/record-audit";
import { ADMIN_CHANGES_LOCK } from "../users/admin-lock";

export type FirstAdminInput = { token: string; name: string; email: string; password: string };

const adminExists = () =>
  new AppError("CONFLICT", "An admin account already exists; sign in instead.", {
    reason: "adminExists",
  });

/** Whether /setup may be shown: no active admin yet, and the token from the server's log. */
export async function isSetupOpen(token: string | undefined): Promise<boolean> {
  if (!matchesSetupToken(dataDirFromEnv(), token)) return false;
  return (await db.user.count({ where: { role: "ADMIN", isActive: true } })) === 0;
}

/**
 * Creates the first admin from the one-time setup token, then spends the token.
 *
 * Two people racing with the same link: the check "no active admin" and the insert run under
 * the advisory lock every admin change takes (updateUser's), so the second waits, then
 * finds the first one's admin and is refused with CONFLICT (reason "adminExists"), having
 * written nothing. A wrong or spent token is INVALID_TOKEN (reason "setupToken").
 */
export async function createFirstAdmin(
  input: FirstAdminInput,
  ip: string | null = null,
): Promise<{ id: string; sessionVersion: number }> {
  const dataDir = dataDirFromEnv();
  // Hashed before the lock: argon2 takes a while and nobody should queue behind it.
  const passwordHash = await hashPassword(input.password);
  const user = await db
    .$transaction(async (tx) => {
      await tx.$executeRaw`select pg_advisory_xact_lock(${ADMIN_CHANGES_LOCK})`;
      if ((await tx.user.count({ where: { role: "ADMIN", isActive: true } })) > 0)
        throw adminExists();
      if (!matchesSetupToken(dataDir, input.token)) {
        throw new AppError("INVALID_TOKEN", "This setup link is not right or was already used.", {
          reason: "setupToken",
        });
      }
      return tx.user.create({
        data: { name: input.name, email: input.email, role: "ADMIN", passwordHash },
        select: { id: true, sessionVersion: true },
      });
    })
    .catch(async (error: unknown) => {
      if (error instanceof AppError && error.code === "INVALID_TOKEN") {
        await recordAudit({
          actorId: null,
          action: "user.manage",
          outcome: "DENIED",
          resourceType: "user",
          ip,
          details: { change: "setup", reason: "invalid-token" },
        });
      }
      if ((error as { code?: string }).code === "P2002") {
        throw new AppError("EMAIL_TAKEN", "Someone already has an account with that email.", {
          field: "email",
        });
      }
      throw error;
    });
  removeSetupToken(dataDir);
  await recordAudit({
    actorId: user.id,
    action: "user.manage",
    outcome: "ALLOWED",
    resourceType: "user",
    resourceId: user.id,
    ip,
    details: { change: "setup", role: "ADMIN" },
  });
  return user;
}
