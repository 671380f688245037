import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { requireUser, toActor } from "@/lib/auth";
import { AppError } from "@/lib/errors";
import {
  getTimeline,
  type RoundSuggestion,
  type TimelineEntry,
} from "@/lib/server/articles/timeline";
import { activityLabelKey } from "@/lib/workflow/activity";
import { stageName } from "@/lib/workflow/review-chain";
import { getRevisionReasonText } from "@/components/newsroom/revision-text";

type Props = { params: Promise<{ id: string }> };

/** "Timeline": workflow steps, revisions and corrections of one article, in the order they happened. */
export default async function TimelinePage({ params }: Props) {
  const user = await requireUser();
  const { id } = await params;
  const timeline = await getTimeline(toActor(user), id).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const t = await getTranslations("timeline");
  const tAll = await getTranslations();
  const format = await getFormatter();
  const reasonText = await getRevisionReasonText();
  const locale = await getLocale();

  const what = (entry: TimelineEntry): string => {
    if (entry.type === "revision") {
      const kind = t(`revisionKinds.${entry.kind}`);
      const line = t("revision", { kind });
      const reason = reasonText(entry.kind, entry.reason);
      return reason ? `${line} (${reason})` : line;
    }
    if (entry.type === "correction") return t("correction", { text: entry.text });
    if (entry.type === "signoff") {
      const line = t(`signoff.${entry.outcome}`, { stage: stageName(entry.stage, locale) });
      return entry.note ? t("withNote", { step: line, note: entry.note }) : line;
    }
    const step =
      entry.step === null
        ? t("status", { status: tAll(`status.${entry.toStatus}`) })
        : tAll(activityLabelKey(entry.step));
    return entry.note ? t("withNote", { step, note: entry.note }) : step;
  };

  return (
    <section aria-labelledby="timeline-heading" className="space-y-6">
      <p>
        <Link href={`/newsroom/articles/${id}`} className="text-sm underline">
          ← {t("back")}
        </Link>
      </p>
      <h1 id="timeline-heading" className="text-2xl font-bold">
        {t("title")}: {timeline.headline}
      </h1>
      {timeline.isTruncated && <p className="text-sm">{t("truncated")}</p>}
      {timeline.entries.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <table className="w-full border-collapse text-sm">
          <thead>
            <tr className="border-b border-[var(--color-rule)] text-left">
              <th scope="col" className="py-2 pr-4 font-medium">
                {t("time")}
              </th>
              <th scope="col" className="py-2 pr-4 font-medium">
                {t("who")}
              </th>
              <th scope="col" className="py-2 font-medium">
                {t("what")}
              </th>
            </tr>
          </thead>
          <tbody>
            {timeline.entries.map((entry) => (
              <tr
                key={`${entry.type}-${entry.id}`}
                data-entry-type={entry.type}
                className="border-b border-[var(--color-rule)] align-top"
              >
                <td className="whitespace-nowrap py-2 pr-4">
                  <time dateTime={entry.at.toISOString()}>
                    {format.dateTime(entry.at, { dateStyle: "medium", timeStyle: "medium" })}
                  </time>
                </td>
                <td className="py-2 pr-4">{entry.actorName ?? t("system")}</td>
                <td className="py-2">
                  {what(entry)}
                  {entry.type === "signoff" && entry.suggestions.length > 0 && (
                    <RoundSuggestions suggestions={entry.suggestions} />
                  )}
                  {entry.type === "signoff" && entry.diff && (
                    <>
                      {" "}
                      <Link
                        className="underline"
                        href={`/newsroom/articles/${id}/history?from=${entry.diff.from}&to=${entry.diff.to}`}
                      >
                        {t("roundChanges", { stage: stageName(entry.stage, locale) })}
                      </Link>
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/** A proofreading round's suggestions: what each proposed, who proposed it, and its fate. */
async function RoundSuggestions({ suggestions }: { suggestions: RoundSuggestion[] }) {
  const t = await getTranslations("timeline");
  const ts = await getTranslations("editor.suggest");
  const what = ({ inserted, deleted }: RoundSuggestion) =>
    inserted && deleted
      ? ts("replace", { deleted, inserted })
      : inserted
        ? ts("insert", { text: inserted })
        : deleted
          ? ts("delete", { text: deleted })
          : ts("format");
  return (
    <div className="mt-1">
      <p className="text-xs text-[var(--color-muted)]">{t("roundSuggestions")}</p>
      <ul className="list-disc pl-5">
        {suggestions.map((suggestion, index) => (
          <li key={index}>
            {what(suggestion)} · {suggestion.authorName ?? ts("someone")} ·{" "}
            <span data-suggestion-status={suggestion.status}>
              {t(`suggestionStatus.${suggestion.status}`)}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
