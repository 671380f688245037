import { getFormatter, getTranslations } from "next-intl/server";

type Props = {
  notices: {
    changesRequested: { note: string | null; byName: string | null; at: Date } | null;
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
  const request = notices.changesRequested;
  return (
    <>
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
