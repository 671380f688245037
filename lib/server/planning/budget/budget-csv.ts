import "server-only";
import { toCsv } from "@/lib/content/csv";
import type { PlanState } from "@/lib/workflow/plan-state";
import type { ReviewStage } from "@/lib/workflow/review-chain";
import type { BudgetSection } from "./budget-sections";
import type { BudgetDay } from "./get-budget-day";

/** The words the file is written in: the person's UI language, as the page shows them. */
export type BudgetCsvWords = {
  header: string[];
  section: (section: BudgetSection | null) => string;
  state: (state: PlanState) => string;
  stage: (stage: ReviewStage) => string;
  role: (role: string) => string;
  unit: (unit: "CHARACTERS" | "WORDS") => string;
};

/**
 * The day's budget as a CSV file, one row per item in the page's order: day, section,
 * headline, state, stage, web slot, print page, assignees ("name (role)"), deadline (wall
 * time in the newsroom's zone), expected length, unit, actual length, story URL.
 */
export function budgetCsv(
  budget: BudgetDay,
  words: BudgetCsvWords,
  options: { timeZone: string; origin: string },
): string {
  // One formatter for the file ("2031-03-20 10:00"; Swedish writes ISO-like dates), not one per cell.
  const wallTime = new Intl.DateTimeFormat("sv-SE", {
    timeZone: options.timeZone,
    dateStyle: "short",
    timeStyle: "short",
  });
  const rows = budget.groups.flatMap((group) =>
    group.items.map((item) => [
      item.day,
      words.section(group.section),
      item.headline,
      words.state(item.state),
      item.stage ? words.stage(item.stage) : "",
      item.webSlot,
      item.printPage,
      item.assignees.map((a) => `${a.name} (${words.role(a.role)})`).join("; "),
      item.deadline ? wallTime.format(item.deadline) : "",
      item.expectedLength,
      words.unit(item.lengthUnit),
      item.actualLength,
      item.article?.mayOpen ? `${options.origin}/newsroom/articles/${item.article.id}` : "",
    ]),
  );
  return toCsv([words.header, ...rows]);
}
