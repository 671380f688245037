import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { sectionNameInUi } from "@/lib/content/reader-script";
import type { PlanItemView } from "@/lib/schemas/plan-item-view";
import { newsroomTimeZone } from "@/lib/time-zone";
import { stageName } from "@/lib/workflow/review-chain";
import { PlanStateBadge } from "./plan-state-badge";

/** What the item is: day, section, length, needs, slots, event, who pitched it, its story. */
export async function ItemFacts({ item }: { item: PlanItemView }) {
  const t = await getTranslations("planning");
  const locale = await getLocale();
  const format = await getFormatter();
  const zone = newsroomTimeZone();
  const rows: Array<[string, React.ReactNode]> = [
    [
      "fields.day",
      format.dateTime(new Date(`${item.day}T00:00:00Z`), { dateStyle: "full", timeZone: "UTC" }),
    ],
    [
      "fields.section",
      item.section ? sectionNameInUi(item.section, locale) : t("fields.noSection"),
    ],
    [
      "fields.expectedLength",
      item.expectedLength ? t(`units.${item.lengthUnit}`, { count: item.expectedLength }) : "—",
    ],
    [
      "fields.needs",
      item.needs.length
        ? item.needs.map((need) => t(`needs.${need}`)).join(t("listSeparator"))
        : "—",
    ],
    ["fields.webSlot", item.webSlot ?? "—"],
    ["fields.printPage", item.printPage ?? "—"],
    [
      "fields.event",
      item.event
        ? `${item.event.title} · ${format.dateTime(item.event.startsAt, { dateStyle: "medium", timeStyle: "short", timeZone: zone })}`
        : "—",
    ],
    ["item.pitchedBy", item.pitchedBy.name],
  ];
  if (item.decisionNote)
    rows.push([
      item.status === "SPIKED" ? "item.spikeNote" : "item.declineNote",
      item.decisionNote,
    ]);
  return (
    <div className="space-y-4">
      <p className="flex flex-wrap items-center gap-2 text-sm">
        <span className="font-medium">{t("item.state")}</span>
        <PlanStateBadge
          testId="plan-state"
          state={item.state.state}
          stage={item.state.stage ? stageName(item.state.stage, locale) : null}
        />
      </p>
      {item.summary && <p className="max-w-prose whitespace-pre-line">{item.summary}</p>}
      <dl className="grid max-w-3xl grid-cols-[auto_1fr] gap-x-6 gap-y-1 text-sm">
        {rows.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="text-[var(--color-muted)]">{t(label)}</dt>
            <dd>{value}</dd>
          </div>
        ))}
        {item.article && (
          <div className="contents">
            <dt className="text-[var(--color-muted)]">{t("story.heading")}</dt>
            <dd>
              <Link
                href={`/newsroom/articles/${item.article.id}`}
                className="underline underline-offset-2"
              >
                {item.article.headline || t("story.untitled")}
              </Link>
            </dd>
          </div>
        )}
      </dl>
    </div>
  );
}
