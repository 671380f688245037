import "server-only";
import type { TBudgetFilters } from "@/lib/schemas/budget";
import type { Actor } from "@/lib/workflow/permissions";
import { authorize } from "../../auth/authorize";
import { loadBudgetPeople, loadBudgetSections, type BudgetSection } from "./budget-sections";
import { loadBudgetItems, type BudgetItem } from "./load-budget-items";

export type BudgetGroup = { section: BudgetSection | null; items: BudgetItem[] };

export type BudgetDay = {
  day: string;
  /** Sections with items on the day, in the newsroom's order; items without a section last. */
  groups: BudgetGroup[];
  totals: { items: number; published: number };
  /** The filters' choices. */
  sections: BudgetSection[];
  people: Array<{ id: string; name: string }>;
};

/** Items in sections' order, a group per section that has any, the unfiled last. */
export function groupBySection(items: BudgetItem[], sections: BudgetSection[]): BudgetGroup[] {
  const groups: BudgetGroup[] = sections.map((section) => ({ section, items: [] }));
  const bySection = new Map(groups.map((group) => [group.section!.id, group]));
  const unfiled: BudgetGroup = { section: null, items: [] };
  for (const item of items) {
    (item.sectionId ? (bySection.get(item.sectionId) ?? unfiled) : unfiled).items.push(item);
  }
  return [...groups, unfiled].filter((group) => group.items.length > 0);
}

/**
 * One day of the budget (`/newsroom/budget`, the CSV): the planned items of `day`
 * filtered and grouped by section, with the totals. `plan.view` (everyone in the newsroom;
 * FORBIDDEN, audited, otherwise).
 */
export async function getBudgetDay(
  actor: Actor,
  day: string,
  filters: TBudgetFilters = {},
): Promise<BudgetDay> {
  await authorize(actor, "plan.view", { resourceType: "budget" });
  const [items, sections, people] = await Promise.all([
    loadBudgetItems({ from: day, to: day }, filters, { withLength: true }),
    loadBudgetSections(),
    loadBudgetPeople(),
  ]);
  return {
    day,
    groups: groupBySection(items, sections),
    totals: {
      items: items.length,
      published: items.filter((item) => item.state === "PUBLISHED").length,
    },
    sections,
    people,
  };
}
