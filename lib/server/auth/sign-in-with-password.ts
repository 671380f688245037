import "server-only";
import { verifyPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Role } from "@/lib/workflow/permissions";
import { recordAudit } from "../audit/record-audit";
import { clearAccountFailures, recordFailure, retryAfterSeconds } from "./throttle";

export type SignedInUser = { id: string; role: Role; sessionVersion: number };

// Verifying against a dummy hash when the email is unknown keeps the answer time the same,
// so response timing does not reveal which emails have accounts.
const DUMMY_HASH =
  "$argon2id$v=19$m=19456,t=2,p=1$OVyi5dU3V8Iy6EHic703gA$V9fHRMmnIb4Uj/Qx32GvstfnC93otbY0VIg6RPUVPi8";

/**
 * Checks an email and password. A wrong email and a wrong password fail alike
 * (INVALID_CREDENTIALS); after repeated failures the account and the address are
 * throttled (THROTTLED with `retryAfter` seconds), across all app instances.
 */
export async function signInWithPassword(input: {
  email: string;
  password: string;
  ip: string | null;
}): Promise<SignedInUser> {
  const email = input.email.trim().toLowerCase();
  const keys = { account: email, ip: input.ip };
  const wait = await retryAfterSeconds(keys);
  if (wait > 0) {
    await recordAudit({
      actorId: null,
      action: "auth.sign-in",
      outcome: "DENIED",
      ip: input.ip,
      details: { reason: "throttled" },
    });
    throw new AppError("THROTTLED", "Too many failed sign-in attempts.", { retryAfter: wait });
  }
  const user = await db.user.findUnique({ where: { email } });
  const passwordOk = await verifyPassword(user?.passwordHash ?? DUMMY_HASH, input.password);
  if (!user || !passwordOk || !user.isActive) {
    await recordFailure(keys);
    await recordAudit({
      actorId: user?.id ?? null,
      action: "auth.sign-in",
      outcome: "DENIED",
      ip: input.ip,
      details: { reason: user && passwordOk ? "deactivated" : "invalid-credentials" },
    });
    throw new AppError("INVALID_CREDENTIALS", "The email or password is not right.");
  }
  await clearAccountFailures(email);
  await recordAudit({ actorId: user.id, action: "auth.sign-in", outcome: "ALLOWED", ip: input.ip });
  return { id: user.id, role: user.role, sessionVersion: user.sessionVersion };
}
