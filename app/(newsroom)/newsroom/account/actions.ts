"use server";

import { requireActor, startSession } from "@/lib/auth";
import { AppError } from "@/lib/errors";
import { ZChangePassword } from "@/lib/schemas/users";
import { changeOwnPassword } from "@/lib/server/users/passwords";
import { formArgument } from "@/lib/schemas/form-argument";

export type PasswordState = { ok?: boolean; code?: string };

export async function changePasswordAction(
  _state: PasswordState,
  formData: FormData,
): Promise<PasswordState> {
  formData = formArgument(formData);
  const parsed = ZChangePassword.safeParse({
    currentPassword: formData.get("currentPassword"),
    newPassword: formData.get("newPassword"),
  });
  if (!parsed.success) return { ok: false, code: "INVALID_INPUT" };
  try {
    const user = await requireActor();
    const { sessionVersion } = await changeOwnPassword(user.id, parsed.data);
    await startSession({ id: user.id, sessionVersion }); // this session stays; others end
    return { ok: true, code: "passwordChanged" };
  } catch (error) {
    if (error instanceof AppError) return { ok: false, code: error.code };
    throw error;
  }
}
