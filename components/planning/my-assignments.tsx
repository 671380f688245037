import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { MyAssignment } from "@/lib/schemas/plan-item-view";

/** "My assignments" on the newsroom's front page: answer them, or open the story. */
export async function MyAssignments({
  rows,
  timeZone,
}: {
  rows: MyAssignment[];
  timeZone: string;
}) {
  const t = await getTranslations("planning");
  const roles = await getTranslations("roles");
  const format = await getFormatter();
  return (
    <section aria-labelledby="my-assignments-heading">
      <h2 id="my-assignments-heading" className="mb-3 text-lg font-semibold">
        {t("mine.heading")}{" "}
        <span className="text-sm font-normal text-[var(--color-muted)]">({rows.length})</span>
      </h2>
      <ul className="divide-y divide-[var(--color-rule)] rounded border border-[var(--color-rule)]">
        {rows.map((row) => (
          <li
            key={row.id}
            className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 p-3 text-sm"
          >
            <span className="min-w-0">
              <Link
                href={`/newsroom/planning/items/${row.itemId}`}
                className="font-semibold hover:underline"
              >
                {row.headline}
              </Link>{" "}
              · {roles(row.role)}
            </span>
            <span className="flex flex-wrap gap-x-4 text-[var(--color-muted)]">
              <span>
                {t("assignment.deadline")}{" "}
                <time dateTime={row.deadline.toISOString()}>
                  {format.dateTime(row.deadline, {
                    dateStyle: "medium",
                    timeStyle: "short",
                    timeZone,
                  })}
                </time>
              </span>
              <span
                className={row.status === "PENDING" ? "font-medium text-[var(--color-ink)]" : ""}
              >
                {row.status === "PENDING" ? t("mine.answer") : t(`states.${row.state}`)}
              </span>
              {row.articleId && (
                <Link
                  href={`/newsroom/articles/${row.articleId}`}
                  className="underline underline-offset-2"
                >
                  {t("mine.openStory")}
                </Link>
              )}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
