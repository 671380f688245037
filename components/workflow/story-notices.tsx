import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { stageName, type ReviewStage } from "@/lib/workflow/review-chain";

type WhoWhen = { note: string | null; byName: string | null; at: Date };
type Props = {
  notices: {
    changesRequested: WhoWhen | null;
    sentBack: WhoWhen | null;
    skippedStages: {
      stages: Array<Pick<ReviewStage, "name">>;
      reason: string | null;
      byName: string | null;
      at: Date;
    } | null;
    hasUnpublishedChanges: boolean;
  };
  timeZone: string;
};

/**
 * Above the story in the editor, where the reporter works: the desk's request-changes
 * note (who, when, what) until the story is resubmitted, and the "Unpublished changes"
 * marker for a live story whose saved copy is ahead of what readers see.
 */
export async function StoryNotices({ notices, timeZone }: Props) {
  const t = await getTranslations();
  const format = await getFormatter();
  const locale = await getLocale();
  const request = notices.changesRequested;
  const when = (at: Date) =>
    format.dateTime(at, { dateStyle: "medium", timeStyle: "short", timeZone });
  const { sentBack, skippedStages } = notices;
  const note = (id: string, key: string, entry: WhoWhen, hint?: string) => (
    <section
      aria-labelledby={id}
      className="mb-4 rounded border border-amber-300 bg-amber-50 px-4 py-3 text-sm"
    >
      <h2 id={id} className="font-semibold">
        {t(key, { name: entry.byName ?? t("timeline.system"), time: when(entry.at) })}
      </h2>
      {entry.note && <p className="mt-1 whitespace-pre-wrap">{entry.note}</p>}
      {hint && <p className="mt-1 text-[var(--color-muted)]">{hint}</p>}
    </section>
  );
  return (
    <>
      {sentBack && note("sent-back-heading", "editor.sentBack", sentBack)}
      {skippedStages && (
        <section
          aria-labelledby="skipped-stages-heading"
          className="mb-4 rounded border border-[var(--color-rule)] bg-white px-4 py-3 text-sm"
        >
          <h2 id="skipped-stages-heading" className="font-semibold">
            {t("editor.publishedNow", {
              name: skippedStages.byName ?? t("timeline.system"),
              time: when(skippedStages.at),
            })}
          </h2>
          <p className="mt-1">
            {t("editor.skippedStages", {
              stages: skippedStages.stages
                .map((stage) => stageName(stage, locale))
                .join(locale === "en" ? ", " : "、"),
            })}
          </p>
          {skippedStages.reason && (
            <p className="mt-1 whitespace-pre-wrap">
              {t("editor.publishNowReason", { reason: skippedStages.reason })}
            </p>
          )}
        </section>
      )}
      {request &&
        note(
          "changes-requested-heading",
          "editor.changesRequested",
          request,
          t("editor.changesRequestedHint"),
        )}
      {notices.hasUnpublishedChanges && (
        <p
          data-testid="unpublished-changes"
          className="mb-4 rounded border border-amber-300 bg-amber-50 px-4 py-2 text-sm"
        >
          {t("editor.unpublishedChanges")}
        </p>
      )}
    </>
  );
}
