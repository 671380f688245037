import Link from "next/link";
import { NextIntlClientProvider } from "next-intl";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { PitchDecision } from "@/components/planning/pitch-decision";
import { PlanningNav } from "@/components/planning/planning-nav";
import { buttonClass } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { can, requireUser, toActor } from "@/lib/auth";
import { sectionNameInUi } from "@/lib/content/reader-script";
import { listPitches, type PitchRow } from "@/lib/server/planning/pitches/list-pitches";
import { decidePitchAction } from "../actions";

/**
 * /newsroom/planning/pitches: what waits for the desk's decision (oldest first, the
 * meeting's order) with "Accept" / "Decline" for editors, and the person's own recent
 * pitches with what became of them.
 */
export default async function PitchesPage() {
  const actor = toActor(await requireUser());
  const [t, locale, format, pitches] = await Promise.all([
    getTranslations("planning"),
    getLocale(),
    getFormatter(),
    listPitches(actor),
  ]);
  const day = (row: PitchRow) =>
    format.dateTime(new Date(`${row.day}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" });
  const facts = (row: PitchRow) =>
    [
      row.section ? sectionNameInUi(row.section, locale) : null,
      day(row),
      row.expectedLength ? t(`units.${row.lengthUnit}`, { count: row.expectedLength }) : null,
      row.needs.length
        ? row.needs.map((need) => t(`needs.${need}`)).join(t("listSeparator"))
        : null,
    ]
      .filter(Boolean)
      .join(" · ");
  return (
    <NextIntlClientProvider>
      <PlanningNav current="pitches" />
      <section aria-labelledby="pitches-heading" className="max-w-4xl space-y-8">
        <PageHeader
          id="pitches-heading"
          title={t("pitches")}
          actions={
            can(actor, "plan.pitch") && (
              <Link href="/newsroom/planning/pitches/new" className={buttonClass("primary")}>
                {t("pitch.new")}
              </Link>
            )
          }
        />
        <section aria-labelledby="waiting-pitches-heading" className="space-y-3">
          <h2 id="waiting-pitches-heading" className="text-lg font-semibold">
            {t("pitch.waiting")}
          </h2>
          {pitches.waiting.length === 0 ? (
            <EmptyState>{t("pitch.noneWaiting")}</EmptyState>
          ) : (
            <ul className="divide-y divide-[var(--color-rule)] rounded border border-[var(--color-rule)]">
              {pitches.waiting.map((row) => (
                <li key={row.id} className="flex flex-wrap items-start justify-between gap-3 p-3">
                  <div className="min-w-0 max-w-prose space-y-1">
                    <Link
                      href={`/newsroom/planning/items/${row.id}`}
                      className="font-semibold hover:underline"
                    >
                      {row.headline}
                    </Link>
                    <p className="text-sm text-[var(--color-muted)]">{facts(row)}</p>
                    {row.summary && <p className="text-sm">{row.summary}</p>}
                    <p className="text-xs text-[var(--color-muted)]">
                      {t("pitch.by", { name: row.pitchedBy.name })}
                    </p>
                  </div>
                  {pitches.mayDecide && (
                    <PitchDecision
                      itemId={row.id}
                      headline={row.headline}
                      action={decidePitchAction}
                    />
                  )}
                </li>
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="my-pitches-heading" className="space-y-3">
          <h2 id="my-pitches-heading" className="text-lg font-semibold">
            {t("pitch.mine")}
          </h2>
          {pitches.mine.length === 0 ? (
            <EmptyState>{t("pitch.noneMine")}</EmptyState>
          ) : (
            <ul className="divide-y divide-[var(--color-rule)] rounded border border-[var(--color-rule)]">
              {pitches.mine.map((row) => (
                <li key={row.id} className="space-y-1 p-3 text-sm">
                  <Link
                    href={`/newsroom/planning/items/${row.id}`}
                    className="font-semibold hover:underline"
                  >
                    {row.headline}
                  </Link>
                  <p className="text-[var(--color-muted)]">
                    {t(`pitch.outcome.${row.status}`, { name: row.decidedBy?.name ?? "—" })} ·{" "}
                    {facts(row)}
                  </p>
                  {row.decisionNote && <p>{row.decisionNote}</p>}
                </li>
              ))}
            </ul>
          )}
        </section>
      </section>
    </NextIntlClientProvider>
  );
}
