import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { dateOf } from "@/lib/content/budget-days";
import { stateLabel, type BudgetRow } from "./budget-day-table";
import { sectionLabel } from "./budget-words";

type Section = { id: string; name: string; nameHans: string | null; nameEn: string };
type WeekDay = {
  day: string;
  items: Array<BudgetRow & { sectionId: string | null }>;
  events: Array<{ id: string; title: string; startsAt: Date; place: string | null }>;
};

/**
 * The week, Monday to Sunday: each day's events (by start time) and planned items in a
 * compact line each (headline, section, state, assignees); a day's heading opens its budget.
 */
export async function BudgetWeek(props: {
  days: WeekDay[];
  sections: Section[];
  dayHref: (day: string) => string;
  locale: string;
  timeZone: string;
}) {
  const t = await getTranslations("planning");
  const format = await getFormatter();
  const sections = new Map(props.sections.map((section) => [section.id, section]));
  return (
    <div className="space-y-4">
      {await Promise.all(
        props.days.map(async ({ day, items, events }) => (
          <section
            key={day}
            aria-labelledby={`week-${day}`}
            className="budget-group rounded border border-[var(--color-rule)] p-3"
          >
            <h2 id={`week-${day}`} className="text-base font-semibold">
              <Link href={props.dayHref(day)} className="hover:underline">
                {format.dateTime(dateOf(day), {
                  timeZone: "UTC",
                  weekday: "long",
                  month: "long",
                  day: "numeric",
                })}
              </Link>
            </h2>
            {events.length > 0 && (
              <ul aria-label={t("budgetPage.events")} className="mt-2 space-y-1 text-sm">
                {events.map((event) => (
                  <li key={event.id} className="budget-row">
                    <span className="mr-2 rounded bg-amber-50 px-1.5 text-xs text-amber-900">
                      {t("budgetPage.event")}
                    </span>
                    <time dateTime={event.startsAt.toISOString()} className="mr-2 tabular-nums">
                      {format.dateTime(event.startsAt, {
                        timeZone: props.timeZone,
                        hour: "2-digit",
                        minute: "2-digit",
                        hourCycle: "h23",
                      })}
                    </time>
                    {event.title}
                    {event.place && (
                      <span className="text-[var(--color-muted)]"> · {event.place}</span>
                    )}
                  </li>
                ))}
              </ul>
            )}
            {items.length === 0 && events.length === 0 ? (
              <p className="mt-1 text-sm text-[var(--color-muted)]">
                {t("budgetPage.nothingThisDay")}
              </p>
            ) : (
              <ul aria-label={t("budgetPage.items")} className="mt-2 space-y-1 text-sm">
                {await Promise.all(
                  items.map(async (item) => {
                    const section = item.sectionId ? sections.get(item.sectionId) : undefined;
                    return (
                      <li key={item.id} className="budget-row">
                        <Link
                          href={`/newsroom/planning/items/${item.id}`}
                          className="font-medium hover:underline"
                        >
                          {item.headline}
                        </Link>
                        <span className="text-[var(--color-muted)]">
                          {" · "}
                          {section
                            ? sectionLabel(section, props.locale)
                            : t("budgetPage.noSection")}
                          {" · "}
                          {stateLabel(t, item, props.locale)}
                          {item.assignees.length > 0 &&
                            ` · ${item.assignees.map((a) => a.name).join("、")}`}
                        </span>
                      </li>
                    );
                  }),
                )}
              </ul>
            )}
          </section>
        )),
      )}
    </div>
  );
}
