import "server-only";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordAudit } from "../audit/record-audit";
import { hashToken } from "./reset-tokens";

/** A user changes their own password; other sessions of theirs end (sessionVersion moves on). */
export async function changeOwnPassword(
  userId: string,
  input: { currentPassword: string; newPassword: string },
): Promise<{ sessionVersion: number }> {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId } });
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new AppError("INVALID_CREDENTIALS", "The current password is not right.", {
      field: "currentPassword",
    });
  }
  const updated = await db.user.update({
    where: { id: userId },
    data: { passwordHash: await hashPassword(input.newPassword), sessionVersion: { increment: 1 } },
  });
  await recordAudit({
    actorId: userId,
    action: "auth.change-password",
    outcome: "ALLOWED",
    resourceType: "user",
    resourceId: userId,
  });
  return { sessionVersion: updated.sessionVersion };
}

/** Uses a one-time link: valid once, before it expires. */
export async function resetPasswordWithToken(input: {
  token: string;
  newPassword: string;
}): Promise<void> {
  const passwordHash = await hashPassword(input.newPassword);
  await db.$transaction(async (tx) => {
    const used = await tx.passwordResetToken.updateMany({
      where: { tokenHash: hashToken(input.token), usedAt: null, expiresAt: { gt: new Date() } },
      data: { usedAt: new Date() },
    });
    if (used.count !== 1)
      throw new AppError(
        "INVALID_TOKEN",
        "This link has expired or was already used; ask an admin for a new one.",
      );
    const token = await tx.passwordResetToken.findUniqueOrThrow({
      where: { tokenHash: hashToken(input.token) },
    });
    await tx.user.update({
      where: { id: token.userId },
      data: { passwordHash, sessionVersion: { increment: 1 } },
    });
  });
}
