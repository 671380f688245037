"use server";

import { AppError } from "@/lib/errors";
import { ZResetPassword } from "@/lib/schemas/users";
import { resetPasswordWithToken } from "@/lib/server/users/passwords";

export type PasswordState = { ok?: boolean; message?: string };

export async function resetPasswordAction(
  _state: PasswordState,
  formData: FormData,
): Promise<PasswordState> {
  const parsed = ZResetPassword.safeParse({
    token: formData.get("token"),
    newPassword: formData.get("newPassword"),
  });
  if (!parsed.success)
    return { ok: false, message: parsed.error.issues.map((issue) => issue.message).join(" ") };
  try {
    await resetPasswordWithToken(parsed.data);
    return { ok: true, message: "Your password is set. You can sign in now." };
  } catch (error) {
    if (error instanceof AppError) return { ok: false, message: error.message };
    throw error;
  }
}
