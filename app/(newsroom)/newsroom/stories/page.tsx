import Link from "next/link";
import { connection } from "next/server";
import { DataTable } from "@/components/ui/data-table";
import { UnpublishedChangesBadge } from "@/components/newsroom/unpublished-changes-badge";
import { getFormatter, getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth";
import { createArticleAction } from "../articles/actions";
import { listStories } from "@/lib/server/newsroom/list-stories";

/** Every story this person may see, most recently changed first. */
export default async function AllStories() {
  await connection();
  const user = await requireUser();
  const t = await getTranslations();
  const format = await getFormatter();
  const stories = await listStories({ id: user.id, role: user.role });
  return (
    <section aria-labelledby="stories-heading">
      <div className="mb-6 flex items-center justify-between gap-4">
        <h1 id="stories-heading" className="text-2xl font-bold">
          {t("newsroom.allStories")}
        </h1>
        <form action={createArticleAction}>
          <button
            type="submit"
            className="rounded bg-[var(--color-ink)] px-3 py-1.5 text-sm text-white"
          >
            {t("editor.newStory")}
          </button>
        </form>
      </div>
      {stories.length === 0 ? (
        <p className="text-[var(--color-muted)]">{t("newsroom.noStories")}</p>
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
