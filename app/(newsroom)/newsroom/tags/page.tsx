import Link from "next/link";
import { notFound } from "next/navigation";
import { NextIntlClientProvider } from "next-intl";
import { getTranslations } from "next-intl/server";
import { TagRowActions } from "@/components/tags/tag-row-actions";
import { Button, buttonClass } from "@/components/ui/button";
import { DataTable } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { TextField } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/page-header";
import { can, requireUser, toActor } from "@/lib/auth";
import { listTagsForAdmin } from "@/lib/server/tags/list-tags";
import { searchTagsAction } from "../articles/actions";
import { deleteTagAction, mergeTagsAction, renameTagAction } from "./actions";

const actions = {
  rename: renameTagAction,
  merge: mergeTagsAction,
  remove: deleteTagAction,
  search: searchTagsAction,
};

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** /newsroom/tags: every tag with its story count; search, rename, merge, delete unused. */
export default async function TagsPage({
  searchParams,
}: {
  searchParams: Promise<{ q?: string | string[]; after?: string | string[] }>;
}) {
  const user = await requireUser();
  const actor = toActor(user);
  // Like sections: to anyone without the permission the page does not exist.
  if (!can(actor, "taxonomy.manage")) notFound();
  const query = await searchParams;
  const q = one(query.q)?.trim() ?? "";
  const after = one(query.after);
  const [{ tags, next }, t] = await Promise.all([
    listTagsForAdmin(actor, { q, ...(after ? { after } : {}) }),
    getTranslations("tags"),
  ]);
  const columns = {
    name: t("name"),
    slug: t("slug"),
    stories: t("stories"),
    actions: t("actions"),
  };
  const nextHref =
    next && `/newsroom/tags?${new URLSearchParams({ ...(q ? { q } : {}), after: next })}`;
  return (
    <NextIntlClientProvider>
      <section aria-labelledby="tags-heading" className="space-y-6">
        <PageHeader id="tags-heading" title={t("title")} description={t("intro")} className="" />
        <form role="search" aria-label={t("search")} className="flex flex-wrap items-end gap-2">
          <TextField
            name="q"
            type="search"
            label={t("search")}
            hint={t("searchHint")}
            defaultValue={q}
            className="min-w-0 flex-1 sm:max-w-sm"
          />
          <Button type="submit" className="mb-5">
            {t("searchButton")}
          </Button>
        </form>
        {tags.length === 0 ? (
          <EmptyState>{q ? t("noMatches") : t("empty")}</EmptyState>
        ) : (
          <DataTable columns={Object.values(columns)} stackOnPhone>
            {tags.map((tag) => (
              <tr key={tag.id} className="align-top" data-tag-slug={tag.slug}>
                <td data-label={columns.name} className="py-3 pr-4 font-medium">
                  {tag.name}
                </td>
                <td data-label={columns.slug} className="break-all py-3 pr-4 font-mono text-xs">
                  {tag.slug}
                </td>
                <td data-label={columns.stories} className="py-3 pr-4 tabular-nums">
                  {tag.articleCount}
                </td>
                <td data-label={columns.actions} className="py-3">
                  <TagRowActions tag={tag} actions={actions} />
                </td>
              </tr>
            ))}
          </DataTable>
        )}
        {(after || nextHref) && (
          <nav aria-label={t("pages")} className="flex gap-2">
            {after && (
              <Link
                href={`/newsroom/tags${q ? `?${new URLSearchParams({ q })}` : ""}`}
                className={buttonClass()}
              >
                {t("first")}
              </Link>
            )}
            {nextHref && (
              <Link href={nextHref} className={buttonClass()}>
                {t("next")}
              </Link>
            )}
          </nav>
        )}
      </section>
    </NextIntlClientProvider>
  );
}
