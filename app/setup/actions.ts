"use server";

import { startSession } from "@/lib/auth";
import { ZFirstAdmin } from "@/lib/schemas/users";
import { formStateAction } from "@/lib/server/actions/define-action";
import { createFirstAdmin } from "@/lib/server/setup/create-first-admin";

/**
 * "Create admin account" on /setup: public (no one can sign in yet); the setup token is the
 * permission. The new admin is signed in and taken to the newsroom.
 */
export const createFirstAdminAction = formStateAction({
  input: ZFirstAdmin,
  public: true,
  details: ["reason"],
  run: async (input, { ip }) => {
    await startSession(await createFirstAdmin(input, ip));
  },
  redirectOnSuccess: () => "/newsroom",
});
