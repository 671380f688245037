import { getFormatter, getTranslations } from "next-intl/server";

/**
 * A story's deadline in the newsroom's zone, and "Overdue" in words (not colour alone)
 * once it passed with the story not out yet. Shared by every queue and "All stories".
 */
export async function DueTime({
  dueAt,
  isOverdue,
  timeZone,
}: {
  dueAt: Date | null;
  isOverdue: boolean;
  timeZone: string;
}) {
  const [t, format] = await Promise.all([getTranslations("queues"), getFormatter()]);
  if (!dueAt) return <span className="text-[var(--color-muted)]">{t("noDue")}</span>;
  return (
    <span className="whitespace-nowrap">
      <time dateTime={dueAt.toISOString()}>
        {format.dateTime(dueAt, { dateStyle: "medium", timeStyle: "short", timeZone })}
      </time>
      {isOverdue && <OverdueBadge />}
    </span>
  );
}

export async function OverdueBadge() {
  const t = await getTranslations("queues");
  return (
    <span
      data-testid="overdue"
      className="ml-2 inline-block rounded bg-red-100 px-1.5 py-0.5 text-xs font-semibold text-red-900"
    >
      {t("overdue")}
    </span>
  );
}
