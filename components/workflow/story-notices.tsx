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
  return (
    <>
      {sentBack && (
        <section
          aria-labelledby="sent-back-heading"
          className="mb-4 rounded border border-amber-300 bg-amber-50 px-4 py-3 text-sm"
        >
          <h2 id="sent-back-heading" className="font-semibold">
            {t("editor.sentBack", {
              name: sentBack.byName ?? t("timeline.system"),
              time: when(sentBack.at),
            })}
          </h2>
          {sentBack.note && <p className="mt-1 whitespace-pre-wrap">{sentBack.note}</p>}
        </section>
      )}
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
      {request && (
        <section
          aria-labelledby="changes-requested-heading"
          className="mb-4 rounded border border-amber-300 bg-amber-50 px-4 py-3 text-sm"
        >
          <h2 id="changes-requested-heading" className="font-semibold">
            {t("editor.changesRequested", {
              name: request.byName ?? t("timeline.system"),
              time: format.dateTime(request.at, {
                dateStyle: "medium",
                timeStyle: "short",
                timeZone,
              }),
            })}
          </h2>
          {request.note && <p className="mt-1 whitespace-pre-wrap">{request.note}</p>}
          <p className="mt-1 text-[var(--color-muted)]">{t("editor.changesRequestedHint")}</p>
        </section>
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
