import Link from "next/link";
import { connection } from "next/server";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { BudgetDayTable, budgetClock } from "@/components/planning/budget-day-table";
import { BudgetFilterForm } from "@/components/planning/budget-filter-form";
import { BudgetWeek } from "@/components/planning/budget-week";
import { PlanningNav } from "@/components/planning/planning-nav";
import { Alert } from "@/components/ui/alert";
import { EmptyState } from "@/components/ui/empty-state";
import { buttonClass } from "@/components/ui/button";
import { can, requireUser, toActor } from "@/lib/auth";
import { addDays, dateOf, todayIn } from "@/lib/content/budget-days";
import { budgetHref, parseBudgetQuery, type TBudgetQuery } from "@/lib/schemas/budget";
import { getBudgetDay } from "@/lib/server/planning/budget/get-budget-day";
import { getBudgetWeek } from "@/lib/server/planning/budget/get-budget-week";
import { newsroomTimeZone } from "@/lib/time-zone";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * The daily story budget: one day's planned items by section (or the week around it),
 * filtered by a plain GET form, so it works without JavaScript and prints for the meeting.
 */
export default async function BudgetPage({ searchParams }: Props) {
  await connection();
  const user = await requireUser();
  const { query, invalid } = parseBudgetQuery(await searchParams);
  const timeZone = newsroomTimeZone();
  const today = todayIn(timeZone);
  const day = query.day ?? today;
  const isWeek = query.view === "week";
  const filters = { desk: query.desk, person: query.person, state: query.state };
  const [t, format, locale] = await Promise.all([
    getTranslations("planning"),
    getFormatter(),
    getLocale(),
  ]);
  const actor = toActor(user);
  const [budget, week] = await Promise.all([
    isWeek ? null : getBudgetDay(actor, day, filters),
    isWeek ? getBudgetWeek(actor, day, filters) : null,
  ]);
  const choices = (budget ?? week)!;
  const href = (changes: Partial<TBudgetQuery>) => budgetHref({ ...query, day, ...changes });
  const step = isWeek ? 7 : 1;
  const longDay = (d: string) =>
    format.dateTime(dateOf(d), {
      timeZone: "UTC",
      weekday: "long",
      year: "numeric",
      month: "long",
      day: "numeric",
    });
  const title = isWeek
    ? t("budgetPage.weekTitle", { date: longDay(week!.days[0]!.day) })
    : t("budgetPage.title", { date: longDay(day) });
  const clock = budgetClock(locale, timeZone, day);
  const filtered = Boolean(filters.desk || filters.person || filters.state);
  const linkClass = "underline-offset-4 hover:underline";
  return (
    <section aria-labelledby="budget-heading" className="budget-page space-y-4">
      <PlanningNav current="budget" />
      <div className="flex flex-wrap items-end justify-between gap-3">
        <h1 id="budget-heading" className="text-2xl font-bold">
          {title}
        </h1>
        <div className="flex flex-wrap items-center gap-4 print:hidden">
          {can(actor, "plan.manage") && (
            <Link
              href={`/newsroom/planning/items/new?day=${day}`}
              className={buttonClass("primary")}
            >
              {t("item.new")}
            </Link>
          )}
          {!isWeek && (
            <a
              href={budgetHref({ ...filters, day }, "/newsroom/budget/export")}
              className="text-sm underline"
              download
            >
              {t("budgetPage.exportCsv")}
            </a>
          )}
        </div>
      </div>
      <nav
        aria-label={t("budgetPage.days")}
        className="flex flex-wrap gap-x-4 gap-y-1 text-sm print:hidden"
      >
        <Link href={href({ day: addDays(day, -step) })} className={linkClass}>
          {isWeek ? t("budgetPage.previousWeek") : t("budgetPage.previousDay")}
        </Link>
        <Link href={href({ day: today })} className={linkClass}>
          {t("budgetPage.today")}
        </Link>
        <Link href={href({ day: addDays(day, step) })} className={linkClass}>
          {isWeek ? t("budgetPage.nextWeek") : t("budgetPage.nextDay")}
        </Link>
        <Link
          href={href({ view: isWeek ? undefined : "week" })}
          className={`${linkClass} font-medium`}
        >
          {isWeek ? t("budgetPage.day") : t("budgetPage.week")}
        </Link>
      </nav>
      <BudgetFilterForm
        query={query}
        day={day}
        sections={choices.sections}
        people={choices.people}
        locale={locale}
      />
      {invalid.includes("day") && <Alert tone="warning">{t("budgetPage.badDay")}</Alert>}
      {invalid.some((name) => name !== "day") && (
        <Alert tone="warning">{t("budgetPage.badFilter")}</Alert>
      )}
      {budget && (
        <>
          <p className="text-sm text-[var(--color-muted)]">
            {t("budgetPage.totals", budget.totals)} · {t("budgetPage.timeZone", { zone: timeZone })}
          </p>
          {budget.groups.length === 0 ? (
            <EmptyState>
              {filtered ? t("budgetPage.emptyFiltered") : t("budgetPage.empty")}
            </EmptyState>
          ) : (
            budget.groups.map((group) => (
              <BudgetDayTable
                key={group.section?.id ?? "none"}
                section={group.section}
                items={group.items}
                clock={clock}
                locale={locale}
              />
            ))
          )}
        </>
      )}
      {week && (
        <BudgetWeek
          days={week.days}
          sections={week.sections}
          dayHref={(d) => budgetHref({ ...filters, day: d })}
          locale={locale}
          timeZone={timeZone}
        />
      )}
    </section>
  );
}
