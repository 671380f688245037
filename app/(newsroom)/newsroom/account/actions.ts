"use server";

import { requireActor, startSession } from "@/lib/auth";
import { AppError } from "@/lib/errors";
import { ZChangePassword } from "@/lib/schemas/users";
import { changeOwnPassword } from "@/lib/server/users/passwords";

export type PasswordState = { ok?: boolean; message?: string };

export async function changePasswordAction(
  _state: PasswordState,
  formData: FormData,
): Promise<PasswordState> {
  const parsed = ZChangePassword.safeParse({
    currentPassword: formData.get("currentPassword"),
    newPassword: formData.get("newPassword"),
  });
  if (!parsed.success)
    return { ok: false, message: parsed.error.issues.map((issue) => issue.message).join(" ") };
  try {
    const user = await requireActor();
    const { sessionVersion } = await changeOwnPassword(user.id, parsed.data);
    await startSession({ id: user.id, sessionVersion }); // this session stays; others end
    return { ok: true, message: "Password changed. Your other sessions have been signed out." };
  } catch (error) {
    if (error instanceof AppError) return { ok: false, message: error.message };
    throw error;
  }
}
