import { z } from "zod";
import { ACTIVITY_KINDS } from "@/lib/workflow/activity";

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** A calendar day that exists ("2026-02-30" does not). */
const day = z
  .string()
  .regex(DATE)
  .refine((text) => {
    const date = new Date(`${text}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
  });
/** An empty field of the GET form means "any". */
const blank = (value: unknown) => (value === "" ? undefined : value);

/**
 * The audit log's filters as the page's GET form sends them (and as its links repeat
 * them): who (a user id), what (a step), from/to (dates in the newsroom's zone,
 * inclusive), article (a headline fragment or an article id), and the paging cursor.
 */
export const ZAuditFilter = z.object({
  who: z.preprocess(blank, z.string().regex(UUID).optional()),
  what: z.preprocess(blank, z.enum(ACTIVITY_KINDS).optional()),
  from: z.preprocess(blank, day.optional()),
  to: z.preprocess(blank, day.optional()),
  article: z.preprocess(blank, z.string().trim().max(200).optional()),
  before: z.preprocess(blank, z.iso.datetime().optional()),
  id: z.preprocess(blank, z.string().regex(UUID).optional()),
});
export type TAuditFilter = z.infer<typeof ZAuditFilter>;

/** The filter fields a search-params object names; each one that fails is left out and reported. */
export function parseAuditFilter(params: Record<string, string | string[] | undefined>): {
  filter: TAuditFilter;
  invalid: Array<keyof TAuditFilter>;
} {
  const filter: Record<string, unknown> = {};
  const invalid: Array<keyof TAuditFilter> = [];
  for (const key of Object.keys(ZAuditFilter.shape) as Array<keyof TAuditFilter>) {
    const raw = params[key];
    const value = Array.isArray(raw) ? raw[0] : raw;
    const parsed = ZAuditFilter.shape[key].safeParse(value);
    if (parsed.success) filter[key] = parsed.data;
    else invalid.push(key);
  }
  return { filter: filter as TAuditFilter, invalid };
}
