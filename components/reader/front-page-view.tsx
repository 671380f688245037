import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ArticleList, type ArticleListItem } from "./article-list";
import { PublishedTime } from "./published-time";

export type FrontPageSection = {
  id: string;
  slug: string;
  /** Already in the reader's UI language and script. */
  name: string;
  items: ArticleListItem[];
};

/**
 * The reader's home page body: the lead, the top stories beside it, then each section's
 * stories. Shared by the home page and "Preview front", so the preview is the page.
 * Everything arrives already in the reader's script; `query` keeps that script in links.
 */
export async function FrontPageView({
  lead,
  top,
  sections,
  query,
}: {
  lead: ArticleListItem | null;
  top: ArticleListItem[];
  sections: FrontPageSection[];
  query: string;
}) {
  const t = await getTranslations();
  return (
    <>
      {!lead ? (
        <p className="text-[var(--color-muted)]">{t("home.empty")}</p>
      ) : (
        <section aria-label={t("reader.topStories")} className="grid gap-8 md:grid-cols-[3fr_2fr]">
          <article
            lang={lead.language}
            className="border-b border-[var(--color-rule)] pb-6 md:border-b-0"
            data-front-lead
          >
            {lead.section && (
              <p className="mb-1 text-xs font-semibold tracking-wide text-[var(--color-accent)]">
                {lead.section.name}
              </p>
            )}
            <h2 className="font-serif text-3xl font-bold leading-snug">
              <Link href={`/articles/${lead.slug}${query}`} className="hover:underline">
                {lead.headline}
              </Link>
            </h2>
            {lead.dek && <p className="mt-3 text-lg text-[var(--color-muted)]">{lead.dek}</p>}
            <p className="mt-3 text-sm text-[var(--color-muted)]">
              <PublishedTime date={lead.publishedAt} label={t("article.published")} />
            </p>
          </article>
          {top.length > 0 && <ArticleList items={top} query={query} />}
        </section>
      )}
      {sections
        .filter((entry) => entry.items.length > 0)
        .map((section) => (
          <section key={section.id} aria-labelledby={`section-${section.slug}`}>
            <h2
              id={`section-${section.slug}`}
              className="mb-2 border-b-2 border-[var(--color-ink)] pb-1 font-serif text-xl font-bold"
            >
              <Link href={`/sections/${section.slug}${query}`} className="hover:underline">
                {section.name}
              </Link>
            </h2>
            <ArticleList items={section.items} query={query} headingLevel={3} showSection={false} />
          </section>
        ))}
    </>
  );
}
