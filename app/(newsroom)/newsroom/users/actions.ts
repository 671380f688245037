"use server";

import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/auth";
import { AppError } from "@/lib/errors";
import { ZCreateUser, ZUpdateUser } from "@/lib/schemas/users";
import { createUser, issueResetLink, updateUser } from "@/lib/server/users/manage-users";
import { formArgument } from "@/lib/schemas/form-argument";

export type UsersActionState = {
  ok?: boolean;
  code?: string;
  email?: string;
  link?: string;
  mailed?: boolean;
};

async function run(work: () => Promise<UsersActionState>): Promise<UsersActionState> {
  try {
    const result = await work();
    revalidatePath("/newsroom/users");
    return { ok: true, ...result };
  } catch (error) {
    if (error instanceof AppError) return { ok: false, code: error.code };
    throw error;
  }
}

export async function createUserAction(
  _state: UsersActionState,
  formData: FormData,
): Promise<UsersActionState> {
  formData = formArgument(formData);
  const parsed = ZCreateUser.safeParse({
    name: formData.get("name"),
    email: formData.get("email"),
    role: formData.get("role"),
  });
  if (!parsed.success) return { ok: false, code: "INVALID_INPUT" };
  return run(async () => {
    const actor = await requireActor();
    const { link, mailed } = await createUser({ id: actor.id, role: actor.role }, parsed.data);
    return { code: "userCreated", email: parsed.data.email, link, mailed };
  });
}

export async function updateUserAction(
  _state: UsersActionState,
  formData: FormData,
): Promise<UsersActionState> {
  formData = formArgument(formData);
  const parsed = ZUpdateUser.safeParse({
    userId: formData.get("userId"),
    ...(formData.get("role") ? { role: formData.get("role") } : {}),
    ...(formData.get("isActive") ? { isActive: formData.get("isActive") } : {}),
  });
  if (!parsed.success) return { ok: false, code: "INVALID_INPUT" };
  return run(async () => {
    const actor = await requireActor();
    await updateUser({ id: actor.id, role: actor.role }, parsed.data);
    return { code: "saved" };
  });
}

export async function resetLinkAction(
  _state: UsersActionState,
  formData: FormData,
): Promise<UsersActionState> {
  formData = formArgument(formData);
  const userId = String(formData.get("userId") ?? "");
  if (!ZUpdateUser.shape.userId.safeParse(userId).success)
    return { ok: false, code: "INVALID_INPUT" };
  return run(async () => {
    const actor = await requireActor();
    const { link, mailed } = await issueResetLink({ id: actor.id, role: actor.role }, userId);
    return { code: "resetLinkIssued", link, mailed };
  });
}
