import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { Button, buttonClass } from "@/components/ui/button";
import { DataTable } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { TextField } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/page-header";
import { can, requireUser, toActor } from "@/lib/auth";
import { listContributorsForAdmin } from "@/lib/server/contributors/list-contributors";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const one = (value: string | string[] | undefined) => (typeof value === "string" ? value : "");

/** The list's address for a search and page (page 1 and no search leave the query out). */
function pageHref(q: string, page: number) {
  const params = new URLSearchParams({
    ...(q ? { q } : {}),
    ...(page > 1 ? { page: `${page}` } : {}),
  });
  const text = params.toString();
  return text ? `/newsroom/contributors?${text}` : "/newsroom/contributors";
}

/** /newsroom/contributors: everyone a byline credits, searchable, 50 a page. */
export default async function ContributorsPage({ searchParams }: Props) {
  const actor = toActor(await requireUser());
  // Like sections: to anyone without the permission the page does not exist.
  if (!can(actor, "contributor.manage")) notFound();
  const query = await searchParams;
  const q = one(query.q).trim();
  const merged = Number.parseInt(one(query.merged), 10);
  const [list, t] = await Promise.all([
    listContributorsForAdmin(actor, { q, page: Number.parseInt(one(query.page), 10) || 1 }),
    getTranslations("contributors"),
  ]);
  const columns = {
    name: t("name"),
    kind: t("kind"),
    jobTitle: t("jobTitle"),
    user: t("linkedUser"),
    bylines: t("bylines"),
  };
  return (
    <section aria-labelledby="contributors-heading" className="space-y-6">
      <PageHeader
        id="contributors-heading"
        title={t("title")}
        description={t("intro")}
        className=""
        actions={
          <Link href="/newsroom/contributors/new" className={buttonClass("primary")}>
            {t("new")}
          </Link>
        }
      />
      {Number.isFinite(merged) && (
        <Alert role="status" tone="success">
          <p>{t("done.merged", { count: merged })}</p>
        </Alert>
      )}
      {query.deleted === "1" && (
        <Alert role="status" tone="success">
          <p>{t("done.deleted")}</p>
        </Alert>
      )}
      <form
        role="search"
        action="/newsroom/contributors"
        className="flex flex-wrap items-end gap-3"
      >
        <TextField
          id="contributor-search"
          name="q"
          type="search"
          label={t("search")}
          hint={t("searchHint")}
          defaultValue={q}
          className="min-w-0 max-w-md flex-1"
        />
        <Button type="submit" className="mb-5">
          {t("searchButton")}
        </Button>
      </form>
      {list.rows.length === 0 ? (
        <EmptyState>{q ? t("noMatches") : t("empty")}</EmptyState>
      ) : (
        <DataTable columns={Object.values(columns)} stackOnPhone>
          {list.rows.map((row) => (
            <tr key={row.id} data-contributor-slug={row.slug}>
              <td data-label={columns.name} className="py-3 pr-4">
                <Link
                  href={`/newsroom/contributors/${row.id}`}
                  className="font-medium hover:underline"
                >
                  {row.name}
                </Link>
                <span className="block font-mono text-xs text-[var(--color-muted)]">
                  {row.slug}
                </span>
              </td>
              <td data-label={columns.kind} className="whitespace-nowrap py-3 pr-4">
                {row.kind === "ORGANIZATION" ? t("organization") : t("person")}
              </td>
              <td data-label={columns.jobTitle} className="py-3 pr-4">
                {row.jobTitle ?? "—"}
              </td>
              <td data-label={columns.user} className="py-3 pr-4">
                {row.userName ?? "—"}
              </td>
              <td data-label={columns.bylines} className="py-3 tabular-nums">
                {row.bylineCount}
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      {list.pages > 1 && (
        <nav aria-label={t("pages")} className="flex items-center gap-4 text-sm">
          {list.page > 1 && (
            <Link href={pageHref(q, list.page - 1)} className="underline">
              {t("previous")}
            </Link>
          )}
          <span>{t("pageOf", { page: list.page, pages: list.pages })}</span>
          {list.page < list.pages && (
            <Link href={pageHref(q, list.page + 1)} className="underline">
              {t("next")}
            </Link>
          )}
        </nav>
      )}
    </section>
  );
}
