import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { DiffView } from "@/components/editor/diff-view";
import { diffText } from "@/lib/content/diff";
import { docToPlainText, type Doc } from "@/lib/content/doc";
import { requireUser, toActor } from "@/lib/auth";
import { AppError } from "@/lib/errors";
import { getRevisionSnapshots, listRevisions } from "@/lib/server/articles/revisions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/page-header";
import { getRevisionReasonText } from "@/components/newsroom/revision-text";
import { restoreRevisionAction } from "./actions";

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ from?: string; to?: string; result?: string }>;
};

export default async function HistoryPage({ params, searchParams }: Props) {
  const user = await requireUser();
  const actor = toActor(user);
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
      <PageHeader id="history-heading" title={`${t("title")}: ${history.headline}`} className="" />
      {result && (
        <Alert tone="error">
          {t.has(`refused.${result}`) ? t(`refused.${result}`) : t("refused.other")}
        </Alert>
      )}
      <form method="get" className="flex flex-wrap items-end gap-3">
        {(
          [
            ["from", t("from"), fromId],
            ["to", t("to"), toId],
          ] as const
        ).map(([name, text, selected]) => (
          <Select
            key={name}
            name={name}
            label={text}
            defaultValue={selected}
            controlClassName="w-auto max-w-full"
          >
            {history.revisions.map((revision) => (
              <option key={revision.id} value={revision.id}>
                {label(revision)}
              </option>
            ))}
          </Select>
        ))}
        <Button type="submit" variant="primary">
          {t("compare")}
        </Button>
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
                <Button type="submit" size="xs">
                  {t("restore")}
                </Button>
              </form>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
