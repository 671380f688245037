import "server-only";
import type { TBudgetFilters } from "@/lib/schemas/budget";
import { canViewAll, type Actor } from "@/lib/workflow/permissions";
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
 * Whether the reader of the budget could open the item's story: anyone who sees every
 * story, or a reporter on their own (written by them, or on an item they are assigned to,
 * whose story credits them). Everyone sees the state; a link that would answer 404 is left out.
 */
export function withStoryAccess(actor: Actor, item: BudgetItem): BudgetItem {
  if (!item.article) return item;
  const mayOpen =
    canViewAll(actor) ||
    item.article.createdById === actor.id ||
    item.assignees.some((a) => a.userId === actor.id);
  return { ...item, article: { ...item.article, mayOpen } };
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
  const shown = items.map((item) => withStoryAccess(actor, item));
  return {
    day,
    groups: groupBySection(shown, sections),
    totals: {
      items: items.length,
      published: items.filter((item) => item.state === "PUBLISHED").length,
    },
    sections,
    people,
  };
}
