import { z } from "./zod";

/** A calendar day that exists ("2026-02-30" does not), as a date input sends it. */
export const ZDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine(isRealDay);

/** Whether "2027-02-30"-shaped text names a day the calendar has. */
export function isRealDay(text: string): boolean {
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}

/** An empty field of a GET form means "any". */
export const blank = (value: unknown) =>
  typeof value === "string" && value.trim() === "" ? undefined : value;

/**
 * A filter page's parameters, each read on its own (first value when repeated): one that
 * does not parse is left out and named in `invalid`, so the page says so and the other
 * filters still apply. Pages filtered by a GET form can then be bookmarked and shared.
 */
export function parseEachParam<S extends Record<string, z.ZodType>>(
  shape: S,
  params: Record<string, string | string[] | undefined>,
): { values: { [K in keyof S]?: z.output<S[K]> }; invalid: Array<keyof S> } {
  const values: Record<string, unknown> = {};
  const invalid: Array<keyof S> = [];
  for (const key of Object.keys(shape) as Array<keyof S & string>) {
    const raw = params[key];
    const parsed = shape[key]!.safeParse(Array.isArray(raw) ? raw[0] : raw);
    if (parsed.success) values[key] = parsed.data;
    else invalid.push(key);
  }
  return { values: values as { [K in keyof S]?: z.output<S[K]> }, invalid };
}
