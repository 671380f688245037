import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { DiffView } from "@/components/editor/diff-view";
import { diffText } from "@/lib/content/diff";
import { docToPlainText, type Doc } from "@/lib/content/doc";
import { requireUser } from "@/lib/auth";
import { AppError } from "@/lib/errors";
import { getRevisionSnapshots, listRevisions } from "@/lib/server/articles/revisions";
import { getRevisionReasonText } from "@/components/newsroom/revision-text";
import { restoreRevisionAction } from "./actions";

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ from?: string; to?: string; result?: string }>;
};

export default async function HistoryPage({ params, searchParams }: Props) {
  const user = await requireUser();
  const actor = { id: user.id, role: user.role };
  const { id } = await params;
  const { from, to, result } = await searchParams;
  const history = await listRevisions(actor, id).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const t = await getTranslations("history");
  const format = await getFormatter();
  const reasonText = await getRevisionReasonText();
  const [newest, previous] = history.revisions;
  const fromId = from ?? previous?.id;
  const toId = to ?? newest?.id;
  const pair =
    fromId && toId ? await getRevisionSnapshots(actor, id, [fromId, toId]).catch(() => null) : null;
  const label = (revision: (typeof history.revisions)[number]) =>
    `${format.dateTime(revision.createdAt, { dateStyle: "medium", timeStyle: "medium" })} · ${revision.authorName ?? "—"} · ${t(`kinds.${revision.kind}`)}`;

  return (
    <section aria-labelledby="history-heading" className="space-y-6">
      <p>
        <Link href={`/newsroom/articles/${id}`} className="text-sm underline">
          ← {t("back")}
        </Link>
      </p>
      <h1 id="history-heading" className="text-2xl font-bold">
        {t("title")}: {history.headline}
      </h1>
      {result && (
        <p role="alert" className="rounded bg-red-50 px-3 py-2 text-sm text-red-800">
          {t.has(`refused.${result}`) ? t(`refused.${result}`) : t("refused.other")}
        </p>
      )}
      <form method="get" className="flex flex-wrap items-end gap-3">
        {(
          [
            ["from", t("from"), fromId],
            ["to", t("to"), toId],
          ] as const
        ).map(([name, text, selected]) => (
          <label key={name} className="text-sm">
            <span className="block font-medium">{text}</span>
            <select
              name={name}
              defaultValue={selected}
              className="rounded border border-[var(--color-rule)] px-2 py-1"
            >
              {history.revisions.map((revision) => (
                <option key={revision.id} value={revision.id}>
                  {label(revision)}
                </option>
              ))}
            </select>
          </label>
        ))}
        <button
          type="submit"
          className="rounded bg-[var(--color-ink)] px-3 py-1.5 text-sm text-white"
        >
          {t("compare")}
        </button>
      </form>
      {pair && (
        <div className="space-y-3">
          <h2 className="font-semibold">{t("changes")}</h2>
          <DiffView
            label={t("headlineDiff")}
            segments={diffText(pair.before.headline ?? "", pair.after.headline ?? "")}
          />
          <DiffView
            label={t("bodyDiff")}
            segments={diffText(
              docToPlainText(pair.before.body as Doc),
              docToPlainText(pair.after.body as Doc),
            )}
          />
        </div>
      )}
      <ol className="divide-y divide-[var(--color-rule)] rounded border border-[var(--color-rule)]">
        {history.revisions.map((revision) => (
          <li
            key={revision.id}
            className="flex flex-wrap items-center justify-between gap-2 p-3 text-sm"
          >
            <span>
              <time dateTime={revision.createdAt.toISOString()}>{label(revision)}</time>
              {reasonText(revision.kind, revision.reason) && (
                <span className="ml-2 text-[var(--color-muted)]">
                  {reasonText(revision.kind, revision.reason)}
                </span>
              )}
            </span>
            {history.canRestore && (
              <form action={restoreRevisionAction}>
                <input type="hidden" name="articleId" value={id} />
                <input type="hidden" name="revisionId" value={revision.id} />
                <button
                  type="submit"
                  className="rounded border border-[var(--color-rule)] px-2 py-0.5"
                >
                  {t("restore")}
                </button>
              </form>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
