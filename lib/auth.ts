import "server-only";
import { cache } from "react";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import type { AuthOptions } from "next-auth";
import { decode, encode } from "next-auth/jwt";
import CredentialsProvider from "next-auth/providers/credentials";
import { AppError } from "@/lib/errors";
import { getSessionUser, type SessionUser } from "@/lib/server/auth/get-session-user";
import { signInWithPassword } from "@/lib/server/auth/sign-in-with-password";
import { can, toActor, type Permission } from "@/lib/workflow/permissions";

/**
 * Sign-in and sessions: next-auth (v4) with JWT sessions in an httpOnly, SameSite=Lax
 * cookie (Secure when the site is served over https). The token carries only the user id
 * and the user's sessionVersion; everything else is read from the database per request.
 */
export const SESSION_MAX_AGE = 60 * 60 * 12; // one long shift
const isHttps = () => (process.env.NEXTAUTH_URL ?? "").startsWith("https://");
export const sessionCookieName = () => (isHttps() ? "__Secure-galley.session" : "galley.session");

export const authOptions: AuthOptions = {
  secret: process.env.NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE },
  pages: { signIn: "/login" },
  cookies: {
    sessionToken: {
      name: sessionCookieName(),
      options: { httpOnly: true, sameSite: "lax", path: "/", secure: isHttps() },
    },
  },
  providers: [
    // For clients that sign in through next-auth's own endpoint; the /login form uses a
    // server action (works without JavaScript) that issues the same token.
    CredentialsProvider({
      name: "Email",
      credentials: {
        email: { label: "Email", type: "email" },
        password: { label: "Password", type: "password" },
      },
      async authorize(credentials) {
        try {
          const user = await signInWithPassword({
            email: String(credentials?.email ?? ""),
            password: String(credentials?.password ?? ""),
            ip: await clientIp(),
          });
          return { id: user.id, sv: user.sessionVersion };
        } catch (error) {
          if (error instanceof AppError) return null;
          throw error;
        }
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) token.sv = (user as { sv?: number }).sv ?? 1;
      return token;
    },
    session({ session, token }) {
      return { ...session, userId: token.sub, sv: token.sv };
    },
  },
};

/** The client's address as the front server recorded it (never a client-sent header). */
export async function clientIp(): Promise<string | null> {
  return (await headers()).get("x-galley-client-ip");
}

/** Issues the session cookie for a user who just proved who they are. */
export async function startSession(user: { id: string; sessionVersion: number }): Promise<void> {
  const token = await encode({
    token: { sub: user.id, sv: user.sessionVersion },
    secret: process.env.NEXTAUTH_SECRET ?? "",
    maxAge: SESSION_MAX_AGE,
  });
  (await cookies()).set(sessionCookieName(), token, {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure: isHttps(),
    maxAge: SESSION_MAX_AGE,
  });
}

export async function endSession(): Promise<void> {
  (await cookies()).delete(sessionCookieName());
}

/** The signed-in, active user for this request, or null (read once per request). */
// The token is decoded with next-auth's own `decode`, not `getServerSession`: that runs the
// whole session endpoint and re-encrypts a fresh token on every request, which doubled the
// cost of each autosave. Sessions therefore last SESSION_MAX_AGE from sign-in (a shift).
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const raw = (await cookies()).get(sessionCookieName())?.value;
  if (!raw) return null;
  const token = await decode({ token: raw, secret: process.env.NEXTAUTH_SECRET ?? "" }).catch(
    () => null,
  );
  if (!token?.sub || typeof token.sv !== "number") return null;
  return getSessionUser({ userId: token.sub, sessionVersion: token.sv });
});

/** For pages, and form actions that answer with a page: the user, or the sign-in page. */
export async function requireUser(): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/login");
  return user;
}

/** For actions and routes: the current user, or UNAUTHENTICATED. */
export async function requireActor(): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) throw new AppError("UNAUTHENTICATED", "Please sign in again.");
  return user;
}

export { can, toActor, type Permission };
