import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/field";
import type { TBudgetQuery } from "@/lib/schemas/budget";
import { PLAN_STATES } from "@/lib/workflow/plan-state";
import { sectionLabel } from "./budget-words";

type Section = {
  slug: string;
  name: string;
  nameHans: string | null;
  nameEn: string;
  isArchived: boolean;
};

/** Pitches are not on the budget, so their states are not offered. */
const BUDGET_STATES = PLAN_STATES.filter((state) => state !== "PITCHED" && state !== "DECLINED");

/**
 * The budget's filters: a plain GET form (no JavaScript needed), keeping the day and the
 * view in hidden fields so "Show" stays on the day being looked at.
 */
export async function BudgetFilterForm(props: {
  query: TBudgetQuery;
  day: string;
  sections: Section[];
  people: Array<{ id: string; name: string }>;
  locale: string;
}) {
  const t = await getTranslations("planning");
  const { query } = props;
  const choose = (
    name: string,
    label: string,
    options: Array<{ value: string; label: string }>,
    value?: string,
  ) => (
    <Select name={name} label={label} defaultValue={value ?? ""} controlClassName="w-auto max-w-56">
      <option value="">{t("budgetPage.any")}</option>
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </Select>
  );
  const clear = query.view === "week" ? `?day=${props.day}&view=week` : `?day=${props.day}`;
  return (
    <form
      method="get"
      role="search"
      aria-label={t("budgetPage.filters")}
      className="flex flex-wrap items-end gap-3 rounded border border-[var(--color-rule)] p-3 print:hidden"
    >
      <input type="hidden" name="day" value={props.day} />
      {query.view === "week" && <input type="hidden" name="view" value="week" />}
      {choose(
        "desk",
        t("budgetPage.desk"),
        props.sections
          .filter((section) => !section.isArchived || section.slug === query.desk)
          .map((section) => ({ value: section.slug, label: sectionLabel(section, props.locale) })),
        query.desk,
      )}
      {choose(
        "person",
        t("budgetPage.person"),
        props.people.map((person) => ({ value: person.id, label: person.name })),
        query.person,
      )}
      {choose(
        "state",
        t("budgetPage.state"),
        BUDGET_STATES.map((state) => ({ value: state, label: t(`states.${state}`) })),
        query.state,
      )}
      <Button type="submit" variant="primary">
        {t("budgetPage.show")}
      </Button>
      <Link href={`/newsroom/budget${clear}`} className="py-1.5 text-sm underline">
        {t("budgetPage.clear")}
      </Link>
    </form>
  );
}
