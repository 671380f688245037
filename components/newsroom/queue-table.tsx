import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { DataTable } from "@/components/ui/data-table";
import { waitedFor } from "@/lib/workflow/due";
import { stageName, type ReviewStage } from "@/lib/workflow/review-chain";
import { DueTime } from "./due-time";
import { UnpublishedChangesBadge } from "./unpublished-changes-badge";

type QueueRow = {
  id: string;
  headline: string;
  status: string;
  sectionName: string | null;
  authorName: string;
  statusChangedAt: Date;
  scheduledAt: Date | null;
  scheduleError: string | null;
  hasUnpublishedChanges?: boolean;
  dueAt: Date | null;
  isOverdue: boolean;
  stage: Pick<ReviewStage, "name"> | null;
};

type TimeColumn = "waitingSince" | "waited" | "publishesAt" | "lastChanged" | "approvedSince";

/**
 * One newsroom list: headline, section, author, (the review stage,) the time that
 * matters for it, and the deadline. Overdue rows are tinted and say "Overdue" in words.
 */
export async function QueueTable({
  rows,
  timeColumn,
  timeZone,
  showStage = false,
}: {
  rows: QueueRow[];
  timeColumn: TimeColumn;
  timeZone: string;
  /** A "Stage" column: the review stage's name, or the state outside review. */
  showStage?: boolean;
}) {
  const [t, format, locale] = await Promise.all([getTranslations(), getFormatter(), getLocale()]);
  const heading =
    timeColumn === "lastChanged" ? t("newsroom.lastChanged") : t(`queues.${timeColumn}`);
  const now = new Date();
  const waited = (since: Date) => {
    const { unit, count } = waitedFor(since, now);
    if (unit === "minutes") return t("queues.waitingMinutes", { count });
    return unit === "hours"
      ? t("queues.waitingHours", { count })
      : t("queues.waitingDays", { count });
  };
  return (
    <DataTable
      columns={[
        t("newsroom.headline"),
        t("newsroom.section"),
        t("queues.author"),
        ...(showStage ? [t("queues.stage")] : []),
        heading,
        t("queues.due"),
      ]}
    >
      {rows.map((row) => {
        const time = timeColumn === "publishesAt" ? row.scheduledAt : row.statusChangedAt;
        const stamp = time
          ? format.dateTime(time, { dateStyle: "medium", timeStyle: "short", timeZone })
          : null;
        return (
          <tr key={row.id} className={row.isOverdue ? "bg-red-50" : undefined}>
            <td className="py-3 pr-4">
              <Link href={`/newsroom/articles/${row.id}`} className="font-medium hover:underline">
                {row.headline || t("newsroom.untitled")}
              </Link>
              {row.hasUnpublishedChanges && <UnpublishedChangesBadge />}
              {row.scheduleError && (
                <p className="mt-1 text-xs text-red-800">
                  {t("queues.failed", { reason: row.scheduleError })}
                </p>
              )}
            </td>
            <td className="py-3 pr-4">{row.sectionName ?? "—"}</td>
            <td className="py-3 pr-4">{row.authorName}</td>
            {showStage && (
              <td className="py-3 pr-4">
                {row.stage ? stageName(row.stage, locale) : t(`status.${row.status}`)}
              </td>
            )}
            <td className="py-3 pr-4">
              {time && stamp && (
                // "waiting 3 h", with the exact time on hover.
                <time dateTime={time.toISOString()} title={stamp}>
                  {timeColumn === "waited" ? waited(time) : stamp}
                </time>
              )}
            </td>
            <td className="py-3">
              <DueTime dueAt={row.dueAt} isOverdue={row.isOverdue} timeZone={timeZone} />
            </td>
          </tr>
        );
      })}
    </DataTable>
  );
}
