import { z } from "./zod";

export const ZSignIn = z.strictObject({
  email: z
    .string()
    .trim()
    .min(1, "Enter your email.")
    .max(320)
    .email("Enter a valid email address."),
  password: z.string().min(1, "Enter your password.").max(1024),
});
export type TSignIn = z.infer<typeof ZSignIn>;
