import { z } from "zod";
import { blank, parseEachParam, ZDay } from "./query-params";
import { ACTIVITY_KINDS } from "@/lib/workflow/activity";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const day = ZDay;

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
  const { values, invalid } = parseEachParam(ZAuditFilter.shape, params);
  return { filter: values as TAuditFilter, invalid };
}
