"use server";

import { redirect } from "next/navigation";
import { clientIp, endSession, startSession } from "@/lib/auth";
import { AppError } from "@/lib/errors";
import { ZSignIn } from "@/lib/schemas/auth";
import { signInWithPassword } from "@/lib/server/auth/sign-in-with-password";
import { formArgument } from "@/lib/schemas/form-argument";

export type SignInState = {
  error?: "invalid" | "throttled" | "missing";
  retryAfterMinutes?: number;
  email?: string;
};

export async function signIn(_previous: SignInState, formData: FormData): Promise<SignInState> {
  formData = formArgument(formData);
  const parsed = ZSignIn.safeParse({
    email: formData.get("email"),
    password: formData.get("password"),
  });
  const email = String(formData.get("email") ?? "").slice(0, 320);
  if (!parsed.success) return { error: "missing", email };
  try {
    const user = await signInWithPassword({ ...parsed.data, ip: await clientIp() });
    await startSession(user);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    if (error.code === "THROTTLED") {
      return {
        error: "throttled",
        email,
        retryAfterMinutes: Math.ceil(Number(error.details?.retryAfter ?? 60) / 60),
      };
    }
    return { error: "invalid", email };
  }
  redirect("/newsroom");
}

export async function signOut(): Promise<void> {
  await endSession();
  redirect("/login");
}
