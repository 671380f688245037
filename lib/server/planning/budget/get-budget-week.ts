import "server-only";
import { addDays, dayStartIn, weekOf } from "@/lib/content/budget-days";
import { db } from "@/lib/db";
import type { TBudgetFilters } from "@/lib/schemas/budget";
import { instantToWallTime, newsroomTimeZone } from "@/lib/time-zone";
import type { Actor } from "@/lib/workflow/permissions";
import { authorize } from "../../auth/authorize";
import { loadBudgetPeople, loadBudgetSections, type BudgetSection } from "./budget-sections";
import { loadBudgetItems, type BudgetItem } from "./load-budget-items";

export type BudgetEvent = {
  id: string;
  title: string;
  startsAt: Date;
  endsAt: Date | null;
  place: string | null;
  sectionId: string | null;
};

export type BudgetWeekDay = { day: string; items: BudgetItem[]; events: BudgetEvent[] };

export type BudgetWeek = {
  days: BudgetWeekDay[];
  sections: BudgetSection[];
  people: Array<{ id: string; name: string }>;
};

/**
 * The week (Monday to Sunday) around `day`: each day's planned items (filtered as the day
 * view filters them) and the events starting that day in the newsroom's zone (only the
 * desk's, with a desk filter). `plan.view`.
 */
export async function getBudgetWeek(
  actor: Actor,
  day: string,
  filters: TBudgetFilters = {},
): Promise<BudgetWeek> {
  await authorize(actor, "plan.view", { resourceType: "budget" });
  const zone = newsroomTimeZone();
  const days = weekOf(day);
  const [items, events, sections, people] = await Promise.all([
    loadBudgetItems({ from: days[0]!, to: days[6]! }, filters, { withLength: false }),
    db.planEvent.findMany({
      where: {
        startsAt: { gte: dayStartIn(days[0]!, zone), lt: dayStartIn(addDays(days[6]!, 1), zone) },
        ...(filters.desk ? { section: { slug: filters.desk } } : {}),
      },
      orderBy: [{ startsAt: "asc" }, { id: "asc" }],
      take: 1000,
      select: { id: true, title: true, startsAt: true, endsAt: true, place: true, sectionId: true },
    }),
    loadBudgetSections(),
    loadBudgetPeople(),
  ]);
  return {
    days: days.map((d) => ({
      day: d,
      items: items.filter((item) => item.day === d),
      events: events.filter((event) => instantToWallTime(event.startsAt, zone).startsWith(d)),
    })),
    sections,
    people,
  };
}
