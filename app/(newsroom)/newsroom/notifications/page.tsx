import { connection } from "next/server";
import { getFormatter, getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth";
import { listNotifications } from "@/lib/server/notifications/inbox";
import { newsroomTimeZone } from "@/lib/time-zone";
import { markAllReadAction, openNotificationAction } from "./actions";

/** Kinds Galley itself may cause (the scheduler); others without an actor predate the column. */
const SYSTEM_KINDS: ReadonlySet<string> = new Set(["PUBLISHED", "SCHEDULE_FAILED"]);

export default async function NotificationsPage() {
  await connection();
  const user = await requireUser();
  const t = await getTranslations("notifications");
  const system = (await getTranslations("timeline"))("system");
  const format = await getFormatter();
  const items = await listNotifications(user.id);
  const unread = items.filter((item) => !item.read).length;
  return (
    <section aria-labelledby="notifications-heading" className="max-w-3xl">
      <PageHeader
        id="notifications-heading"
        title={t("title")}
        className="mb-4"
        actions={
          unread > 0 && (
            <form action={markAllReadAction}>
              <Button type="submit">{t("markAllRead")}</Button>
            </form>
          )
        }
      />
      {items.length === 0 ? (
        <EmptyState>{t("empty")}</EmptyState>
      ) : (
        <ul className="divide-y divide-[var(--color-rule)]">
          {items.map((item) => (
            <li key={item.id} className={`py-3 ${item.read ? "text-[var(--color-muted)]" : ""}`}>
              <form
                action={openNotificationAction}
                className="flex flex-wrap items-baseline justify-between gap-2"
              >
                <input type="hidden" name="id" value={item.id} />
                {item.articleId && <input type="hidden" name="articleId" value={item.articleId} />}
                {item.planItemId && (
                  <input type="hidden" name="planItemId" value={item.planItemId} />
                )}
                <button
                  type="submit"
                  className={`text-left hover:underline ${item.read ? "" : "font-semibold"}`}
                >
                  {t(`kinds.${item.kind}`, { headline: item.headline ?? "—" })}
                </button>
                <time
                  dateTime={item.createdAt.toISOString()}
                  className="text-xs text-[var(--color-muted)]"
                >
                  {format.dateTime(item.createdAt, {
                    dateStyle: "medium",
                    timeStyle: "short",
                    timeZone: newsroomTimeZone(),
                  })}
                </time>
              </form>
              {(item.actorName || SYSTEM_KINDS.has(item.kind)) && (
                <p className="text-xs text-[var(--color-muted)]">
                  {t("by", { name: item.actorName ?? system })}
                </p>
              )}
              {item.message && <p className="mt-1 text-sm">{item.message}</p>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
