"use server";

import { ZCreateUser, ZResetLink, ZUpdateUser } from "@/lib/schemas/users";
import { formStateAction } from "@/lib/server/actions/define-action";
import { createUser, issueResetLink, updateUser } from "@/lib/server/users/manage-users";

/** What the users page shows after a change: the sentence's key, and a link when one was issued. */
export type UsersNotice = { notice: string; email?: string; link?: string; mailed?: boolean };

const revalidate = () => ["/newsroom/users"];

export const createUserAction = formStateAction({
  input: ZCreateUser,
  run: async (input, { actor }): Promise<UsersNotice> => {
    const { link, mailed } = await createUser(actor, input);
    return { notice: "userCreated", email: input.email, link, mailed };
  },
  revalidate,
});

export const updateUserAction = formStateAction({
  input: ZUpdateUser,
  run: async (input, { actor }): Promise<UsersNotice> => {
    await updateUser(actor, input);
    return { notice: "saved" };
  },
  revalidate,
});

export const resetLinkAction = formStateAction({
  input: ZResetLink,
  run: async ({ userId }, { actor }): Promise<UsersNotice> => {
    const { link, mailed } = await issueResetLink(actor, userId);
    return { notice: "resetLinkIssued", link, mailed };
  },
  revalidate,
});
