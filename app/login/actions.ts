"use server";

import { endSession, startSession } from "@/lib/auth";
import { ZNoInput } from "@/lib/schemas/article-actions";
import { ZSignIn } from "@/lib/schemas/auth";
import { formAction, formStateAction } from "@/lib/server/actions/define-action";
import { signInWithPassword } from "@/lib/server/auth/sign-in-with-password";

/**
 * The sign-in form (works without JavaScript). A refusal keeps the email typed; only
 * THROTTLED says more (how long to wait): whether an account exists is never told.
 */
export const signIn = formStateAction({
  input: ZSignIn,
  public: true,
  echo: ["email"],
  details: ["retryAfter"],
  run: async (input, { ip }) => {
    await startSession(await signInWithPassword({ ...input, ip }));
  },
  redirectOnSuccess: () => "/newsroom",
});

export const signOut = formAction({
  input: ZNoInput,
  public: true,
  run: () => endSession(),
  redirectTo: () => "/login",
});
