"use server";

import { AppError } from "@/lib/errors";
import { ZResetPassword } from "@/lib/schemas/users";
import { resetPasswordWithToken } from "@/lib/server/users/passwords";
import { formArgument } from "@/lib/schemas/form-argument";

export type PasswordState = { ok?: boolean; code?: string };

export async function resetPasswordAction(
  _state: PasswordState,
  formData: FormData,
): Promise<PasswordState> {
  formData = formArgument(formData);
  const parsed = ZResetPassword.safeParse({
    token: formData.get("token"),
    newPassword: formData.get("newPassword"),
  });
  if (!parsed.success) return { ok: false, code: "INVALID_INPUT" };
  try {
    await resetPasswordWithToken(parsed.data);
    return { ok: true, code: "passwordSet" };
  } catch (error) {
    if (error instanceof AppError) return { ok: false, code: error.code };
    throw error;
  }
}
