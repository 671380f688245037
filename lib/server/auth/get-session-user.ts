import "server-only";
import { db } from "@/lib/db";
import type { Role } from "@/lib/workflow/permissions";

export type SessionUser = {
  id: string;
  name: string;
  email: string;
  role: Role;
  locale: string | null;
};

/**
 * The user behind a session token, read fresh from the database on every request: a
 * deactivated user, or one whose role or password changed since the token was issued
 * (sessionVersion moved on), has no session any more.
 */
export async function getSessionUser(token: {
  userId: string;
  sessionVersion: number;
}): Promise<SessionUser | null> {
  const user = await db.user.findUnique({
    where: { id: token.userId },
    select: {
      id: true,
      name: true,
      email: true,
      role: true,
      locale: true,
      isActive: true,
      sessionVersion: true,
    },
  });
  if (!user || !user.isActive || user.sessionVersion !== token.sessionVersion) return null;
  return { id: user.id, name: user.name, email: user.email, role: user.role, locale: user.locale };
}
