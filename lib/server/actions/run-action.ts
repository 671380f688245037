import "server-only";
import type { z } from "zod";
import type { SessionUser } from "@/lib/server/auth/get-session-user";
import type { ActionResult } from "@/lib/schemas/action-result";
import { toActor, type Actor } from "@/lib/workflow/permissions";
import { INVALID_MESSAGE, fieldErrorsOf, refusal, toRefusal } from "./action-result";

/** Where an action's input arrives: one typed argument, a form, or a form after useActionState's state. */
export type ArgumentShape = "input" | "form" | "form-state";

export type ObjectSchema = z.ZodObject;

/** What the use-case gets besides its input: who asks (as one Actor), and from where. */
export type ActorContext = { actor: Actor; user: SessionUser; ip: string | null };
export type PublicContext = { ip: string | null };

type Common<S extends ObjectSchema> = {
  /** The zod schema in lib/schemas beside the form; the same rules in the browser and here. */
  input: S;
  /** AppError details that travel to the caller (e.g. "reason"); nothing else of an error does. */
  details?: readonly string[];
  /** Form fields sent back on a refusal (never a password), so a form without JavaScript keeps them. */
  echo?: readonly string[];
};

export type ActionSpec<S extends ObjectSchema, R> = Common<S> &
  (
    | {
        /** Signed-in only (the default): the use-case runs as the current person. */
        public?: false;
        run: (input: z.output<S>, context: ActorContext) => Promise<R>;
        /** Paths whose pages show what this action changed. */
        revalidate?: (input: z.output<S>, data: R) => string[];
      }
    | {
        /** For the signed-out pages (sign-in, password reset): no one to require. */
        public: true;
        run: (input: z.output<S>, context: PublicContext) => Promise<R>;
        revalidate?: (input: z.output<S>, data: R) => string[];
      }
  );

/** What runs around the use-case; Next's pieces in the app, plain functions in tests. */
export type ActionHost = {
  currentUser: () => Promise<SessionUser | null>;
  clientIp: () => Promise<string | null>;
  revalidatePath: (path: string) => void;
};

/**
 * The arguments as the schema's fields. Any client can call an action with any arguments:
 * a missing or wrong argument reads as no fields (the schema then refuses), and a form is
 * read only for the schema's own fields (first value of each; a file stays a File, which a
 * text field refuses).
 */
export function readArguments(
  shape: ArgumentShape,
  schema: ObjectSchema,
  args: readonly unknown[],
): Record<string, unknown> | unknown {
  const keys = Object.keys(schema.shape);
  if (keys.length === 0) return {};
  if (shape === "input") return args[0];
  const form = args[shape === "form" ? 0 : 1];
  if (!(form instanceof FormData)) return {};
  const fields: Record<string, unknown> = {};
  for (const key of keys) {
    const value = form.get(key);
    if (value !== null) fields[key] = value;
  }
  return fields;
}

function echoed(raw: unknown, keys: readonly string[] = []): Record<string, string> {
  const echo: Record<string, string> = {};
  if (!raw || typeof raw !== "object") return echo;
  for (const key of keys) {
    const value = (raw as Record<string, unknown>)[key];
    if (typeof value === "string") echo[key] = value.slice(0, 320);
  }
  return echo;
}

/**
 * One server action, start to end: the current person (UNAUTHENTICATED without one, before
 * the input is even read), the input parsed by its schema (INVALID_INPUT with field errors),
 * the use-case, the pages to revalidate. Every failure becomes a refusal; it never throws
 * (except Next's redirect and notFound signals).
 */
export async function runAction<S extends ObjectSchema, R>(
  spec: ActionSpec<S, R>,
  shape: ArgumentShape,
  args: readonly unknown[],
  host: ActionHost,
): Promise<{ result: ActionResult<R>; raw: unknown }> {
  const raw = readArguments(shape, spec.input, args);
  const withEcho = (result: ActionResult<R>): ActionResult<R> => {
    const echo = echoed(raw, spec.echo);
    if (result.ok || !Object.keys(echo).length) return result;
    return { ...result, details: { ...result.details, ...echo } };
  };
  try {
    const user = spec.public ? null : await host.currentUser();
    if (!spec.public && !user)
      return { result: withEcho(refusal("UNAUTHENTICATED", "Please sign in again.")), raw };
    const parsed = spec.input.safeParse(raw);
    if (!parsed.success) {
      const fieldErrors = fieldErrorsOf(parsed.error);
      return { result: withEcho(refusal("INVALID_INPUT", INVALID_MESSAGE, { fieldErrors })), raw };
    }
    const ip = await host.clientIp();
    const data = spec.public
      ? await spec.run(parsed.data, { ip })
      : await spec.run(parsed.data, { actor: toActor(user!), user: user!, ip });
    for (const path of spec.revalidate?.(parsed.data, data) ?? []) host.revalidatePath(path);
    return { result: { ok: true, data }, raw };
  } catch (error) {
    return { result: withEcho(toRefusal(error, spec.details)), raw };
  }
}
