import { z } from "./zod";
import { ROLES } from "@/lib/workflow/permissions";

export const ZCreateUser = z.strictObject({
  name: z.string().trim().min(1, "Enter a name.").max(200),
  email: z.string().trim().toLowerCase().max(320).email("Enter a valid email address."),
  role: z.enum(ROLES),
});
export const ZUpdateUser = z.strictObject({
  userId: z.uuid(),
  role: z.enum(ROLES).optional(),
  isActive: z
    .enum(["true", "false"])
    .transform((value) => value === "true")
    .optional(),
});
export const ZResetLink = ZUpdateUser.pick({ userId: true });
export const ZNewPassword = z.string().min(10, "Use at least 10 characters.").max(1024);
export const ZChangePassword = z.strictObject({
  currentPassword: z.string().min(1).max(1024),
  newPassword: ZNewPassword,
});
export const ZResetPassword = z.strictObject({
  token: z.string().min(20).max(200),
  newPassword: ZNewPassword,
});
/** The first admin, from /setup: the one-time token from the server's log is the permission. */
export const ZFirstAdmin = z.strictObject({
  token: z.string().min(1).max(200),
  name: ZCreateUser.shape.name,
  email: ZCreateUser.shape.email,
  password: ZNewPassword,
});
