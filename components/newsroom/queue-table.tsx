import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { DataTable } from "@/components/ui/data-table";
import { UnpublishedChangesBadge } from "./unpublished-changes-badge";

type QueueRow = {
  id: string;
  headline: string;
  sectionName: string | null;
  authorName: string;
  statusChangedAt: Date;
  scheduledAt: Date | null;
  scheduleError: string | null;
  hasUnpublishedChanges?: boolean;
};

/** One newsroom list: headline, section, author, and the time that matters for it. */
export async function QueueTable({
  rows,
  timeColumn,
  timeZone,
}: {
  rows: QueueRow[];
  timeColumn: "waitingSince" | "publishesAt" | "lastChanged" | "approvedSince";
  timeZone: string;
}) {
  const t = await getTranslations();
  const format = await getFormatter();
  const heading =
    timeColumn === "lastChanged" ? t("newsroom.lastChanged") : t(`queues.${timeColumn}`);
  return (
    <DataTable
      columns={[t("newsroom.headline"), t("newsroom.section"), t("queues.author"), heading]}
    >
      {rows.map((row) => {
        const time = timeColumn === "publishesAt" ? row.scheduledAt : row.statusChangedAt;
        return (
          <tr key={row.id}>
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
            <td className="py-3">
              {time && (
                <time dateTime={time.toISOString()}>
                  {format.dateTime(time, { dateStyle: "medium", timeStyle: "short", timeZone })}
                </time>
              )}
            </td>
          </tr>
        );
      })}
    </DataTable>
  );
}
