import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { ReaderLiveCoverage, ReaderLiveUpdate } from "@/lib/content/live-coverage";
import { ArticleBody } from "./article-body";
import { READER_TIME_FORMAT } from "./published-time";

// Live coverage reads the clock as a 24-hour time, as newsrooms write it (14:05, not 下午2:05).
const CLOCK = { hour: "2-digit", minute: "2-digit", hourCycle: "h23" } as const;
const UPDATE_TIME = { month: "short", day: "numeric", ...CLOCK } as const;

/**
 * Live coverage on the reader's page: whether it runs, the key events, then the updates
 * newest first, with "Older updates" as plain links (the page works without JavaScript).
 * On the newest page, /live.js (the reader site's only script, kept by the page cache)
 * listens for new updates and offers "N new updates" without a reload; the data-*
 * attributes are its whole interface.
 */
export async function LiveCoverage({
  articleId,
  coverage,
  endedAt,
  path,
  query,
  nonce,
}: {
  articleId: string;
  coverage: ReaderLiveCoverage;
  endedAt: Date | null;
  /** The article's path, and `?script=…` to carry on in links. */
  path: string;
  query: string;
  /** The request's CSP nonce (pages rendered per request run scripts only with it). */
  nonce: string | undefined;
}) {
  const t = await getTranslations("live");
  const format = await getFormatter();
  const olderHref = (cursor: string) =>
    `${path}${query ? `${query}&` : "?"}older=${encodeURIComponent(cursor)}`;
  return (
    <section
      aria-labelledby="live-updates-heading"
      className="mt-10"
      data-live-coverage=""
      data-live-events={`/live-events/${articleId}`}
      data-newest={coverage.isNewest && !endedAt ? "1" : "0"}
      data-new-one={t("newOne")}
      data-new-many={t("newMany", { n: "{n}" })}
    >
      <p data-live-status="" className="mb-6 flex items-center gap-2 text-sm" role="status">
        {endedAt ? (
          <span className="text-[var(--color-muted)]">
            {t("ended", { time: format.dateTime(endedAt, READER_TIME_FORMAT) })}
          </span>
        ) : (
          <>
            <span className="rounded bg-[var(--color-accent)] px-2 py-0.5 text-xs font-bold uppercase tracking-wide text-white">
              {t("badge")}
            </span>
            <span className="text-[var(--color-muted)]">
              {t("running", { count: coverage.count })}
            </span>
          </>
        )}
      </p>
      <div data-live-keys="">
        {coverage.keyEvents.length > 0 && (
          <nav
            aria-labelledby="key-events-heading"
            className="mb-8 rounded border border-[var(--color-rule)] bg-[var(--color-paper)] px-4 py-3"
          >
            <h2 id="key-events-heading" className="font-serif text-lg font-bold">
              {t("keyEvents")}
            </h2>
            <ol className="mt-2 space-y-1.5 text-[15px] leading-7">
              {coverage.keyEvents.map((key) => (
                <li key={key.id} className="flex gap-3">
                  <time
                    dateTime={key.publishedAt.toISOString()}
                    className="shrink-0 tabular-nums text-sm leading-7 text-[var(--color-muted)]"
                  >
                    {format.dateTime(key.publishedAt, CLOCK)}
                  </time>
                  <a href={`#update-${key.id}`} className="underline-offset-2 hover:underline">
                    {key.title}
                  </a>
                </li>
              ))}
            </ol>
          </nav>
        )}
      </div>
      <h2 id="live-updates-heading" className="mb-2 font-serif text-xl font-bold">
        {t("updates")}
      </h2>
      <div data-live-new="" aria-live="polite" className="sticky top-2 z-10 flex justify-center" />
      {coverage.updates.length === 0 && (
        <p data-live-empty="" className="text-[var(--color-muted)]">
          {t("empty")}
        </p>
      )}
      <ol data-live-updates="" className="divide-y divide-[var(--color-rule)]">
        {coverage.updates.map((update) => (
          <LiveEntry key={update.id} update={update} />
        ))}
      </ol>
      {(!coverage.isNewest || coverage.olderCursor) && (
        <nav aria-label={t("pages")} className="mt-6 flex justify-between gap-4 text-sm">
          {!coverage.isNewest ? <Link href={`${path}${query}`}>{t("newest")}</Link> : <span />}
          {coverage.olderCursor && (
            <Link href={olderHref(coverage.olderCursor)} rel="next">
              {t("older")} →
            </Link>
          )}
        </nav>
      )}
      {!endedAt && coverage.isNewest && (
        // React hoists an async script into <head>; the page cache keeps it by its marker.
        <script src="/live.js" async nonce={nonce} data-galley-live="" />
      )}
    </section>
  );
}

async function LiveEntry({ update }: { update: ReaderLiveUpdate }) {
  const t = await getTranslations("live");
  const format = await getFormatter();
  const stamp = `${update.editedAt?.getTime() ?? 0}-${update.correction?.at.getTime() ?? 0}`;
  return (
    <li
      id={`update-${update.id}`}
      data-live-update={update.id}
      data-stamp={stamp}
      data-at={update.publishedAt.getTime()}
      className="py-6"
    >
      <article aria-labelledby={update.title ? `update-title-${update.id}` : undefined}>
        <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-[var(--color-muted)]">
          <time
            dateTime={update.publishedAt.toISOString()}
            className="font-semibold tabular-nums text-[var(--color-ink)]"
          >
            {format.dateTime(update.publishedAt, UPDATE_TIME)}
          </time>
          {update.isKey && (
            <span className="rounded border border-[var(--color-accent)] px-1.5 text-xs text-[var(--color-accent)]">
              {t("keyEvent")}
            </span>
          )}
          {update.authors.length > 0 && (
            <span>
              {t("authors", {
                names: update.authors.map((author) => author.name).join("、"),
              })}
            </span>
          )}
          {update.editedAt && (
            <span>{t("updated", { time: format.dateTime(update.editedAt, CLOCK) })}</span>
          )}
        </p>
        {update.title && (
          <h3
            id={`update-title-${update.id}`}
            className="mt-1 font-serif text-lg font-bold leading-snug"
          >
            {update.title}
          </h3>
        )}
        <ArticleBody html={update.bodyHtml} />
        {update.correction && (
          <p className="mt-3 rounded border border-[var(--color-rule)] bg-[var(--color-paper)] px-3 py-2 text-[15px]">
            <strong>{t("correction")}</strong>{" "}
            <time
              dateTime={update.correction.at.toISOString()}
              className="text-sm text-[var(--color-muted)]"
            >
              {format.dateTime(update.correction.at, CLOCK)}
            </time>{" "}
            {update.correction.text}
          </p>
        )}
      </article>
    </li>
  );
}
