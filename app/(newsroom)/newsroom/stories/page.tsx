import Link from "next/link";
import { connection } from "next/server";
import { DataTable } from "@/components/ui/data-table";
import { UnpublishedChangesBadge } from "@/components/newsroom/unpublished-changes-badge";
import { getFormatter, getTranslations } from "next-intl/server";
import { requireUser, toActor } from "@/lib/auth";
import { createArticleAction } from "../articles/actions";
import { NewStoryButton } from "@/components/newsroom/new-story-button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { listStories } from "@/lib/server/newsroom/list-stories";

/** Every story this person may see, most recently changed first. */
export default async function AllStories() {
  await connection();
  const user = await requireUser();
  const t = await getTranslations();
  const format = await getFormatter();
  const stories = await listStories(toActor(user));
  return (
    <section aria-labelledby="stories-heading">
      <PageHeader
        id="stories-heading"
        title={t("newsroom.allStories")}
        actions={<NewStoryButton label={t("editor.newStory")} action={createArticleAction} />}
      />
      {stories.length === 0 ? (
        <EmptyState>{t("newsroom.noStories")}</EmptyState>
      ) : (
        <DataTable
          columns={[
            t("newsroom.headline"),
            t("newsroom.section"),
            t("newsroom.state"),
            t("newsroom.lastChanged"),
          ]}
        >
          {stories.map((story) => (
            <tr key={story.id}>
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
              </td>
              <td className="py-3 pr-4">{story.sectionName ?? "—"}</td>
              <td className="py-3 pr-4">{t(`status.${story.status}`)}</td>
              <td className="py-3">
                <time dateTime={story.statusChangedAt.toISOString()}>
                  {format.dateTime(story.statusChangedAt, {
                    dateStyle: "medium",
                    timeStyle: "short",
                  })}
                </time>
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </section>
  );
}
