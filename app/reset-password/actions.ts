"use server";

import { ZResetPassword } from "@/lib/schemas/users";
import { formStateAction } from "@/lib/server/actions/define-action";
import { resetPasswordWithToken } from "@/lib/server/users/passwords";

/** "Set password" from a one-time link: the token is the permission, so no one is signed in. */
export const resetPasswordAction = formStateAction({
  input: ZResetPassword,
  public: true,
  run: async (input) => {
    await resetPasswordWithToken(input);
    return { notice: "passwordSet" };
  },
});
