import "server-only";
import crypto from "node:crypto";
import type { Prisma } from "@/lib/generated/prisma/client";
import { absoluteUrl } from "../http/request-origin";

export const RESET_LINK_HOURS = 48;

export function hashToken(token: string): string {
  return crypto.createHash("sha256").update(token).digest("hex");
}

/** A one-time token: the person gets the token, the database keeps only its hash. */
export async function createResetToken(
  tx: Prisma.TransactionClient,
  userId: string,
): Promise<string> {
  const token = crypto.randomBytes(32).toString("base64url");
  await tx.passwordResetToken.create({
    data: {
      userId,
      tokenHash: hashToken(token),
      expiresAt: new Date(Date.now() + RESET_LINK_HOURS * 3600_000),
    },
  });
  return token;
}

/** The page a one-time token opens, at the site's public address (lib/site-url.ts's rule). */
export function resetLinkUrl(token: string): Promise<string> {
  return absoluteUrl(`/reset-password/${encodeURIComponent(token)}`);
}
