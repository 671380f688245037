import { getLocale, getTranslations } from "next-intl/server";
import { QueueTable } from "@/components/newsroom/queue-table";
import { EmptyState } from "@/components/ui/empty-state";
import type { DeskQueue, QueueRow } from "@/lib/server/newsroom/queues";

/** "Waiting for me": stories at a stage this person may pass, longest waiting first. */
export async function WaitingForMe({ rows, timeZone }: { rows: QueueRow[]; timeZone: string }) {
  const t = await getTranslations("queues");
  return (
    <section aria-labelledby="waiting-heading">
      <h2 id="waiting-heading" className="text-lg font-semibold">
        {t("waitingForMe")}{" "}
        <span className="text-sm font-normal text-[var(--color-muted)]">({rows.length})</span>
      </h2>
      <p className="mb-3 text-sm text-[var(--color-muted)]">{t("waitingHint")}</p>
      {rows.length === 0 ? (
        <EmptyState>{t("nothingWaiting")}</EmptyState>
      ) : (
        <QueueTable rows={rows} timeColumn="waited" timeZone={timeZone} showStage />
      )}
    </section>
  );
}

/** "<section> desk" for each section this person heads: its stories in review, sent back, in draft. */
export async function DeskQueues({ desks, timeZone }: { desks: DeskQueue[]; timeZone: string }) {
  const [t, locale] = await Promise.all([getTranslations("queues"), getLocale()]);
  return desks.map(({ section, stories }) => {
    const name = locale === "en" && section.nameEn ? section.nameEn : section.name;
    const id = `desk-${section.id}`;
    return (
      <section key={section.id} aria-labelledby={id}>
        <h2 id={id} className="text-lg font-semibold">
          {t("deskQueue", { section: name })}{" "}
          <span className="text-sm font-normal text-[var(--color-muted)]">({stories.length})</span>
        </h2>
        <p className="mb-3 text-sm text-[var(--color-muted)]">{t("deskHint")}</p>
        {stories.length === 0 ? (
          <EmptyState>{t("deskEmpty")}</EmptyState>
        ) : (
          <QueueTable rows={stories} timeColumn="waited" timeZone={timeZone} showStage />
        )}
      </section>
    );
  });
}
