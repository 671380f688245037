"use server";

import { startSession } from "@/lib/auth";
import { ZChangePassword } from "@/lib/schemas/users";
import { formStateAction } from "@/lib/server/actions/define-action";
import { changeOwnPassword } from "@/lib/server/users/passwords";

export const changePasswordAction = formStateAction({
  input: ZChangePassword,
  run: async (input, { actor }) => {
    const { sessionVersion } = await changeOwnPassword(actor.id, input);
    await startSession({ id: actor.id, sessionVersion }); // this session stays; others end
    return { notice: "passwordChanged" };
  },
});
