import { z } from "./zod";
import { PLAN_STATES } from "@/lib/workflow/plan-state";
import { blank, parseEachParam, ZDay } from "./query-params";

const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blank, schema.optional());

/**
 * The budget's query as its GET form and links send it: the day (in the newsroom's zone),
 * the view, and the filters: desk (a section's slug), person (a user's id: items they hold
 * a live assignment on) and state (a PlanState).
 */
export const BUDGET_PARAMS = {
  day: optional(ZDay),
  view: optional(z.enum(["day", "week"])),
  desk: optional(z.string().trim().max(200)),
  person: optional(z.uuid()),
  state: optional(z.enum(PLAN_STATES)),
};

export type BudgetParam = keyof typeof BUDGET_PARAMS;
export type TBudgetQuery = { [K in BudgetParam]?: z.output<(typeof BUDGET_PARAMS)[K]> };
export type TBudgetFilters = Pick<TBudgetQuery, "desk" | "person" | "state">;

export function parseBudgetQuery(params: Record<string, string | string[] | undefined>): {
  query: TBudgetQuery;
  invalid: BudgetParam[];
} {
  const { values, invalid } = parseEachParam(BUDGET_PARAMS, params);
  return { query: values as TBudgetQuery, invalid };
}

/** The budget's address for this query (empty values left out). */
export function budgetHref(query: TBudgetQuery, path = "/newsroom/budget"): string {
  const params = new URLSearchParams();
  for (const name of Object.keys(BUDGET_PARAMS) as BudgetParam[]) {
    const value = query[name];
    if (value && !(name === "view" && value === "day")) params.set(name, value);
  }
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}
