import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { DataTable } from "@/components/ui/data-table";
import { instantToWallTime } from "@/lib/time-zone";
import type { PlanState } from "@/lib/workflow/plan-state";
import { stageName, type ReviewStage } from "@/lib/workflow/review-chain";
import { sectionLabel } from "./budget-words";

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
  article: { id: string; dueAt: Date | null } | null;
};

type Section = { id: string; name: string; nameHans: string | null; nameEn: string };

/** The item's state as the budget says it: in review, with the stage in the UI language. */
export async function stateLabel(item: Pick<BudgetRow, "state" | "stage">, locale: string) {
  const t = await getTranslations("planning");
  const state = t(`states.${item.state}`);
  return item.stage
    ? t("budgetPage.stateInStage", { state, stage: stageName(item.stage, locale) })
    : state;
}

/** One section's part of the day: its heading and a table of its items. */
export async function BudgetDayTable(props: {
  section: Section | null;
  items: BudgetRow[];
  day: string;
  locale: string;
  timeZone: string;
}) {
  const t = await getTranslations("planning");
  const roles = await getTranslations("roles");
  const format = await getFormatter();
  const { timeZone } = props;
  const when = (instant: Date) =>
    format.dateTime(
      instant,
      instantToWallTime(instant, timeZone).startsWith(props.day)
        ? { timeZone, hour: "2-digit", minute: "2-digit", hourCycle: "h23" }
        : {
            timeZone,
            month: "short",
            day: "numeric",
            hour: "2-digit",
            minute: "2-digit",
            hourCycle: "h23",
          },
    );
  const unit = (item: BudgetRow, count: number) => t(`units.${item.lengthUnit}`, { count });
  const length = (item: BudgetRow) => {
    const expected = item.expectedLength === null ? null : unit(item, item.expectedLength);
    if (item.actualLength === null)
      return expected ? t("budgetPage.lengthExpected", { expected }) : "—";
    const actual = {
      actual: format.number(item.actualLength),
      actualWithUnit: unit(item, item.actualLength),
    };
    return expected
      ? t("budgetPage.lengthBoth", { expected, ...actual })
      : t("budgetPage.lengthActual", actual);
  };
  const title = props.section
    ? sectionLabel(props.section, props.locale)
    : t("budgetPage.noSection");
  const headingId = `budget-section-${props.section?.id ?? "none"}`;
  return (
    <section aria-labelledby={headingId} className="budget-group">
      <h2 id={headingId} className="mb-1 mt-6 text-lg font-semibold">
        {title}
      </h2>
      <DataTable
        stackOnPhone
        columns={[
          t("budgetPage.columns.story"),
          t("budgetPage.columns.slot"),
          t("budgetPage.columns.assignees"),
          t("budgetPage.columns.deadline"),
          t("budgetPage.columns.length"),
          t("budgetPage.columns.state"),
        ]}
      >
        {await Promise.all(
          props.items.map(async (item) => (
            <tr key={item.id} className="budget-row align-top">
              <td className="py-2 pr-4" data-label={t("budgetPage.columns.story")}>
                <Link
                  href={`/newsroom/planning/items/${item.id}`}
                  className="font-medium hover:underline"
                >
                  {item.headline}
                </Link>
                <p className="mt-0.5 text-xs">
                  {item.article ? (
                    <Link
                      href={`/newsroom/articles/${item.article.id}`}
                      className="text-[var(--color-accent)] underline print:no-underline"
                    >
                      {t("budgetPage.openStory")}
                    </Link>
                  ) : (
                    <span className="text-[var(--color-muted)]">{t("budgetPage.noStory")}</span>
                  )}
                </p>
              </td>
              <td className="py-2 pr-4" data-label={t("budgetPage.columns.slot")}>
                {item.webSlot && <div>{t("budgetPage.slotWeb", { slot: item.webSlot })}</div>}
                {item.printPage && <div>{t("budgetPage.slotPrint", { page: item.printPage })}</div>}
                {!item.webSlot && !item.printPage && "—"}
              </td>
              <td className="py-2 pr-4" data-label={t("budgetPage.columns.assignees")}>
                {item.assignees.length === 0 ? (
                  "—"
                ) : (
                  <ul>
                    {item.assignees.map((a) => (
                      <li key={`${a.userId}-${a.role}`}>
                        {t("budgetPage.assignee", {
                          name: a.name,
                          role: roles(a.role),
                          status: t(`budgetPage.assignment.${a.status}`),
                        })}
                      </li>
                    ))}
                  </ul>
                )}
              </td>
              <td
                className="whitespace-nowrap py-2 pr-4"
                data-label={t("budgetPage.columns.deadline")}
              >
                {item.deadline ? (
                  <time dateTime={item.deadline.toISOString()}>{when(item.deadline)}</time>
                ) : (
                  "—"
                )}
                {item.article?.dueAt && (
                  <div className="text-xs text-[var(--color-muted)]">
                    {t("budgetPage.storyDue", { time: when(item.article.dueAt) })}
                  </div>
                )}
              </td>
              <td className="py-2 pr-4" data-label={t("budgetPage.columns.length")}>
                {length(item)}
              </td>
              <td className="py-2" data-label={t("budgetPage.columns.state")}>
                {await stateLabel(item, props.locale)}
              </td>
            </tr>
          )),
        )}
      </DataTable>
    </section>
  );
}
