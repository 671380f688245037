import Link from "next/link";
import { connection } from "next/server";
import { getFormatter, getTranslations } from "next-intl/server";
import { DueTime } from "@/components/newsroom/due-time";
import { NewStoryButton } from "@/components/newsroom/new-story-button";
import { StoryFilterForm } from "@/components/newsroom/story-filter-form";
import { UnpublishedChangesBadge } from "@/components/newsroom/unpublished-changes-badge";
import { Alert } from "@/components/ui/alert";
import { DataTable } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser, toActor } from "@/lib/auth";
import { parseStoryQuery, STORY_PARAMS, type TStoryQuery } from "@/lib/schemas/stories";
import { getEditorOptions } from "@/lib/server/articles/get-article-for-edit";
import { listStories } from "@/lib/server/newsroom/list-stories";
import { SEARCH_CAP } from "@/lib/server/newsroom/story-search";
import { newsroomTimeZone } from "@/lib/time-zone";
import { createArticleAction } from "../articles/actions";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The page's address with these filters (and a page's cursor, or none for the first). */
function pageHref(query: TStoryQuery, after?: string) {
  const params = new URLSearchParams();
  for (const name of Object.keys(STORY_PARAMS) as Array<keyof TStoryQuery>) {
    const value = name === "after" ? after : query[name];
    if (value) params.set(name, value);
  }
  const text = params.toString();
  return text ? `/newsroom/stories?${text}` : "/newsroom/stories";
}

/** "All stories": every story this person may see, searched and filtered, newest change first. */
export default async function AllStories({ searchParams }: Props) {
  await connection();
  const user = await requireUser();
  const { query, invalid } = parseStoryQuery(await searchParams);
  const timeZone = newsroomTimeZone();
  const [page, options, t, format] = await Promise.all([
    listStories(toActor(user), query),
    // A filter names archived sections too: their stories are still there.
    getEditorOptions({ listing: true }),
    getTranslations(),
    getFormatter(),
  ]);
  const filtered = Object.keys(query).some((name) => name !== "sort" && name !== "after");
  return (
    <section aria-labelledby="stories-heading" className="space-y-4">
      <PageHeader
        id="stories-heading"
        title={t("newsroom.allStories")}
        actions={<NewStoryButton label={t("editor.newStory")} action={createArticleAction} />}
      />
      <StoryFilterForm
        query={query}
        sections={options.sections}
        contributors={options.contributors}
        tags={options.tags}
        timeZone={timeZone}
      />
      {invalid.length > 0 && <Alert tone="error">{t("stories.invalidFilter")}</Alert>}
      {page.searchCapped && (
        <Alert tone="info">{t("stories.capped", { count: format.number(SEARCH_CAP) })}</Alert>
      )}
      {page.rows.length === 0 ? (
        <EmptyState>{filtered ? t("stories.noMatches") : t("newsroom.noStories")}</EmptyState>
      ) : (
        <DataTable
          columns={[
            t("newsroom.headline"),
            t("newsroom.section"),
            t("newsroom.state"),
            t("newsroom.lastChanged"),
            t("queues.due"),
          ]}
        >
          {page.rows.map((story) => (
            <tr key={story.id} className={story.isOverdue ? "bg-red-50" : undefined}>
              <td className="py-3 pr-4">
                <Link
                  href={`/newsroom/articles/${story.id}`}
                  className="font-medium hover:underline"
                >
                  {story.headline || t("newsroom.untitled")}
                </Link>
                {story.hasUnpublishedChanges && <UnpublishedChangesBadge />}
                {story.isLive && (
                  <Link
                    href={`/articles/${story.slug}`}
                    className="ml-2 text-[var(--color-accent)] underline"
                  >
                    {t("newsroom.viewLive")}
                  </Link>
                )}
                {story.bylineNames.length > 0 && (
                  <p className="mt-0.5 text-xs text-[var(--color-muted)]">
                    {story.bylineNames.join("、")}
                  </p>
                )}
              </td>
              <td className="py-3 pr-4">{story.sectionName ?? "—"}</td>
              <td className="py-3 pr-4">{t(`status.${story.status}`)}</td>
              <td className="py-3">
                <time dateTime={story.updatedAt.toISOString()}>
                  {format.dateTime(story.updatedAt, { dateStyle: "medium", timeStyle: "short" })}
                </time>
              </td>
              <td className="py-3 pl-4">
                <DueTime dueAt={story.dueAt} isOverdue={story.isOverdue} timeZone={timeZone} />
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      <nav aria-label={t("stories.pages")} className="flex gap-4 text-sm">
        {query.after && (
          <Link href={pageHref(query)} className="underline">
            {t("stories.first")}
          </Link>
        )}
        {page.next && (
          <Link href={pageHref(query, page.next)} className="underline">
            {t("stories.next")}
          </Link>
        )}
      </nav>
    </section>
  );
}
