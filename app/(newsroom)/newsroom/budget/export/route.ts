import { getLocale, getTranslations } from "next-intl/server";
import { requireActor, toActor } from "@/lib/auth";
import { todayIn } from "@/lib/content/budget-days";
import { AppError } from "@/lib/errors";
import { parseBudgetQuery } from "@/lib/schemas/budget";
import { jsonError } from "@/lib/server/http/json-route";
import { requestOrigin } from "@/lib/server/http/request-origin";
import { budgetCsv } from "@/lib/server/planning/budget/budget-csv";
import { getBudgetDay } from "@/lib/server/planning/budget/get-budget-day";
import { newsroomTimeZone } from "@/lib/time-zone";
import { stageName } from "@/lib/workflow/review-chain";
import { sectionLabel } from "@/components/planning/budget-words";

const COLUMNS = [
  "day",
  "section",
  "headline",
  "state",
  "stage",
  "slot",
  "printPage",
  "assignees",
  "deadline",
  "expected",
  "unit",
  "actual",
  "url",
] as const;

/**
 * "Export CSV": the day's budget with the page's filters, as a file for a spreadsheet, in
 * the person's UI language. Signed in (401 otherwise); without `plan.view`, 404.
 */
export async function GET(request: Request) {
  try {
    const actor = toActor(await requireActor());
    const params = Object.fromEntries(new URL(request.url).searchParams);
    const { query, invalid } = parseBudgetQuery(params);
    if (invalid.length > 0)
      throw new AppError("INVALID_INPUT", `Could not read: ${invalid.join(", ")}.`);
    const timeZone = newsroomTimeZone();
    const day = query.day ?? todayIn(timeZone);
    const budget = await getBudgetDay(actor, day, query).catch((error: unknown) => {
      if (error instanceof AppError && error.code === "FORBIDDEN")
        throw new AppError("NOT_FOUND", "Not found.");
      throw error;
    });
    const [t, roles, locale, origin] = await Promise.all([
      getTranslations("planning"),
      getTranslations("roles"),
      getLocale(),
      requestOrigin(),
    ]);
    const section = (s: Parameters<typeof sectionLabel>[0] | null) =>
      s ? sectionLabel(s, locale) : t("budgetPage.noSection");
    const text = budgetCsv(
      budget,
      {
        header: COLUMNS.map((column) => t(`budgetPage.csv.${column}`)),
        section,
        state: (state) => t(`states.${state}`),
        stage: (stage) => stageName(stage, locale),
        role: (role) => roles(role),
        unit: (unit) => t(`budgetPage.csv.units.${unit}`),
      },
      { timeZone, origin },
    );
    return new Response(text, {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="budget-${day}.csv"`,
        "cache-control": "private, no-store",
      },
    });
  } catch (error) {
    return jsonError(error);
  }
}
