import { getTranslations } from "next-intl/server";
import { DataTable } from "@/components/ui/data-table";
import type { PlanState } from "@/lib/workflow/plan-state";
import { stageName, type ReviewStage } from "@/lib/workflow/review-chain";
import { memo, plainTemplate, sectionLabel } from "./budget-words";

export type BudgetRow = {
  id: string;
  headline: string;
  webSlot: string | null;
  printPage: string | null;
  assignees: Array<{ userId: string; name: string; role: string; status: string }>;
  deadline: Date | null;
  expectedLength: number | null;
  lengthUnit: "CHARACTERS" | "WORDS";
  actualLength: number | null;
  state: PlanState;
  stage: ReviewStage | null;
  article: { id: string; dueAt: Date | null; mayOpen: boolean } | null;
};

type Section = { id: string; name: string; nameHans: string | null; nameEn: string };
type Translate = Awaited<ReturnType<typeof getTranslations<"planning">>>;

/** The item's state as the budget says it: in review, with the stage in the UI language. */
export function stateLabel(t: Translate, item: Pick<BudgetRow, "state" | "stage">, locale: string) {
  const state = t(`states.${item.state}`);
  return item.stage
    ? t("budgetPage.stateInStage", { state, stage: stageName(item.stage, locale) })
    : state;
}

/**
 * Formatters made once per page: a day of 300 items formats ~600 times, and a new
 * Intl.DateTimeFormat per call cost more than the rest of the row.
 */
export function budgetClock(locale: string, timeZone: string, day: string) {
  const dayOf = new Intl.DateTimeFormat("en-CA", { timeZone, dateStyle: "short" });
  const time = new Intl.DateTimeFormat(locale, { timeZone, timeStyle: "short", hourCycle: "h23" });
  const dateTime = new Intl.DateTimeFormat(locale, {
    timeZone,
    month: "short",
    day: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  });
  const number = new Intl.NumberFormat(locale);
  return {
    /** The time alone on the budget's own day, with the date on any other. */
    when: (instant: Date) => (dayOf.format(instant) === day ? time : dateTime).format(instant),
    number: (value: number) => number.format(value),
  };
}

/**
 * One section's part of the day: its heading and a table of its items. Plain <a> links,
 * not next/link: 600 links in view would each be hydrated and prefetched.
 */
export async function BudgetDayTable(props: {
  section: Section | null;
  items: BudgetRow[];
  clock: ReturnType<typeof budgetClock>;
  locale: string;
}) {
  const t = await getTranslations("planning");
  const roles = await getTranslations("roles");
  const { clock, locale } = props;
  const fill = (key: Parameters<typeof t.raw>[0]) => plainTemplate(t.raw(key));
  const words = {
    assignee: fill("budgetPage.assignee"),
    slotWeb: fill("budgetPage.slotWeb"),
    slotPrint: fill("budgetPage.slotPrint"),
    lengthBoth: fill("budgetPage.lengthBoth"),
    lengthExpected: fill("budgetPage.lengthExpected"),
    lengthActual: fill("budgetPage.lengthActual"),
    storyDue: fill("budgetPage.storyDue"),
    openStory: t("budgetPage.openStory"),
    noStory: t("budgetPage.noStory"),
  };
  const role = memo(String, (name: string) => roles(name as Parameters<typeof roles>[0]));
  const unit = memo(
    (item: { lengthUnit: BudgetRow["lengthUnit"]; count: number }) =>
      `${item.lengthUnit}:${item.count}`,
    ({ lengthUnit, count }) => t(`units.${lengthUnit}`, { count }),
  );
  const state = memo(
    (item: BudgetRow) => `${item.state}:${item.stage?.key ?? ""}`,
    (item) => stateLabel(t, item, locale),
  );
  const length = (item: BudgetRow) => {
    const expected =
      item.expectedLength === null
        ? null
        : unit({ lengthUnit: item.lengthUnit, count: item.expectedLength });
    if (item.actualLength === null) return expected ? words.lengthExpected({ expected }) : "—";
    const actual = {
      actual: clock.number(item.actualLength),
      actualWithUnit: unit({ lengthUnit: item.lengthUnit, count: item.actualLength }),
    };
    return expected ? words.lengthBoth({ expected, ...actual }) : words.lengthActual(actual);
  };
  const column = {
    story: t("budgetPage.columns.story"),
    slot: t("budgetPage.columns.slot"),
    assignees: t("budgetPage.columns.assignees"),
    deadline: t("budgetPage.columns.deadline"),
    length: t("budgetPage.columns.length"),
    state: t("budgetPage.columns.state"),
  };
  const answer = {
    PENDING: t("budgetPage.assignment.PENDING"),
    ACCEPTED: t("budgetPage.assignment.ACCEPTED"),
    DECLINED: t("budgetPage.assignment.DECLINED"),
  } as Record<string, string>;
  const title = props.section ? sectionLabel(props.section, locale) : t("budgetPage.noSection");
  const headingId = `budget-section-${props.section?.id ?? "none"}`;
  return (
    <section aria-labelledby={headingId} className="budget-group budget-table">
      <h2 id={headingId} className="mb-1 mt-6 text-lg font-semibold">
        {title}
      </h2>
      <DataTable stackOnPhone columns={Object.values(column)}>
        {props.items.map((item) => (
          <tr key={item.id}>
            <td data-label={column.story}>
              <a href={`/newsroom/planning/items/${item.id}`} className="font-medium">
                {item.headline}
              </a>
              <small>
                {!item.article ? (
                  words.noStory
                ) : item.article.mayOpen ? (
                  <a href={`/newsroom/articles/${item.article.id}`}>{words.openStory}</a>
                ) : null}
              </small>
            </td>
            <td data-label={column.slot}>
              {item.webSlot && <div>{words.slotWeb({ slot: item.webSlot })}</div>}
              {item.printPage && <div>{words.slotPrint({ page: item.printPage })}</div>}
              {!item.webSlot && !item.printPage && "—"}
            </td>
            <td data-label={column.assignees}>
              {item.assignees.length === 0
                ? "—"
                : item.assignees.map((a) => (
                    <div key={`${a.userId}-${a.role}`}>
                      {words.assignee({
                        name: a.name,
                        role: role(a.role),
                        status: answer[a.status] ?? a.status,
                      })}
                    </div>
                  ))}
            </td>
            <td data-label={column.deadline}>
              {item.deadline ? clock.when(item.deadline) : "—"}
              {item.article?.dueAt && (
                <small>{words.storyDue({ time: clock.when(item.article.dueAt) })}</small>
              )}
            </td>
            <td data-label={column.length}>{length(item)}</td>
            <td data-label={column.state}>{state(item)}</td>
          </tr>
        ))}
      </DataTable>
    </section>
  );
}
