import "server-only";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { z } from "zod";
import { clientIp, getCurrentUser } from "@/lib/auth";
import type { ActionResult } from "@/lib/schemas/action-result";
import { runAction, type ActionHost, type ActionSpec, type ObjectSchema } from "./run-action";

/**
 * The one way to write a server action (docs/ARCHITECTURE.md, "How to add a server
 * action"). In an `actions.ts` with "use server":
 *
 *   export const addCorrectionAction = inputAction({
 *     input: ZCorrectionForm,
 *     run: (input, { actor, ip }) => addCorrection(actor, input, ip),
 *     revalidate: (input) => [`/newsroom/articles/${input.articleId}`],
 *   });
 *
 * Each answers an ActionResult and never throws; the variants differ only in where the
 * input arrives and what happens after.
 */
const host: ActionHost = {
  currentUser: getCurrentUser,
  clientIp,
  revalidatePath: (path) => revalidatePath(path),
};

/** Called from a component with one typed argument: `await action({ articleId, … })`. */
export function inputAction<S extends ObjectSchema, R>(spec: ActionSpec<S, R>) {
  return async (input: z.input<S>): Promise<ActionResult<R>> =>
    (await runAction(spec, "input", [input], host)).result;
}

/**
 * A form with useActionState: `(state, formData)`. With `redirectOnSuccess` a success goes
 * to that page (a refusal stays on the form, with its fields echoed when asked).
 */
export function formStateAction<S extends ObjectSchema, R>(
  spec: ActionSpec<S, R> & { redirectOnSuccess?: (data: R) => string },
) {
  // The previous state is not read: each submission stands alone.
  return async (_state: unknown, form: FormData): Promise<ActionResult<R>> => {
    const { result } = await runAction(spec, "form-state", [_state, form], host);
    if (result.ok && spec.redirectOnSuccess) redirect(spec.redirectOnSuccess(result.data));
    return result;
  };
}

/**
 * A plain form (works without JavaScript) that always answers with a page: `redirectTo`
 * picks it from the result and the fields as sent; the signed-out go to the sign-in page.
 */
export function formAction<S extends ObjectSchema, R>(
  spec: ActionSpec<S, R> & {
    redirectTo: (result: ActionResult<R>, sent: Record<string, unknown>) => string;
  },
) {
  return async (form: FormData): Promise<void> => {
    const { result, raw } = await runAction(spec, "form", [form], host);
    if (!result.ok && result.code === "UNAUTHENTICATED") redirect("/login");
    const sent = raw && typeof raw === "object" ? (raw as Record<string, unknown>) : {};
    redirect(spec.redirectTo(result, sent));
  };
}
