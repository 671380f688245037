"use client";

import { useFormatter, useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { DataTable } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import type { FrontHistoryEntry } from "@/lib/schemas/front";

/** Every published front (who, when), newest first, each with "Restore" but the live one. */
export function FrontHistory({
  history,
  pending,
  onRestore,
}: {
  history: FrontHistoryEntry[];
  pending: boolean;
  onRestore: (number: number) => void;
}) {
  const t = useTranslations("front");
  const format = useFormatter();
  const columns = {
    front: t("front"),
    by: t("publishedBy"),
    at: t("publishedAt"),
    act: t("actions"),
  };
  return (
    <section aria-labelledby="front-history" className="space-y-3">
      <h2 id="front-history" className="text-lg font-semibold">
        {t("history")}
      </h2>
      {history.length === 0 ? (
        <EmptyState>{t("historyEmpty")}</EmptyState>
      ) : (
        <DataTable columns={Object.values(columns)} stackOnPhone>
          {history.map((entry, index) => (
            <tr key={entry.number} className="align-top">
              <td data-label={columns.front} className="py-2 pr-4 tabular-nums">
                {t("frontNumber", { number: entry.number })}
                {index === 0 && <span className="ml-2 text-xs font-semibold">{t("live")}</span>}
                {entry.restoredFrom !== null && (
                  <span className="block text-xs text-[var(--color-muted)]">
                    {t("restoredFrom", { number: entry.restoredFrom })}
                  </span>
                )}
              </td>
              <td data-label={columns.by} className="py-2 pr-4">
                {entry.publishedBy ?? t("someone")}
              </td>
              <td data-label={columns.at} className="whitespace-nowrap py-2 pr-4">
                <time dateTime={entry.publishedAt}>
                  {format.dateTime(new Date(entry.publishedAt), {
                    dateStyle: "medium",
                    timeStyle: "short",
                  })}
                </time>
              </td>
              <td data-label={columns.act} className="py-2">
                {index > 0 && (
                  <Button
                    size="xs"
                    disabled={pending}
                    aria-label={t("restoreLabel", { number: entry.number })}
                    onClick={() => onRestore(entry.number)}
                  >
                    {t("restore")}
                  </Button>
                )}
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </section>
  );
}
