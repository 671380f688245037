import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ArticleList } from "@/components/reader/article-list";
import { PublishedTime } from "@/components/reader/published-time";
import { ScriptToggle } from "@/components/reader/script-toggle";
import { sectionNameIn } from "@/lib/content/reader-script";
import { listLive } from "@/lib/server/reader/listings";
import type { ReaderSearchParams } from "@/lib/reader-routes";
import { listSections } from "@/lib/server/reader/lookups";
import { scriptChoice } from "@/lib/server/reader/script-choice";
import { summariesInScript } from "@/lib/server/reader/script-view";

/** The front page: the top stories, then the latest in each section. */
export default async function HomePage({
  searchParams,
}: {
  searchParams: Promise<ReaderSearchParams<"home">>;
}) {
  const choice = await scriptChoice((await searchParams).script);
  const { shown: script, query } = choice;
  const t = await getTranslations();
  const locale = await getLocale();
  const [{ items: latest }, sections] = await Promise.all([
    listLive({}, { limit: 6 }),
    listSections(),
  ]);
  const bySection = await Promise.all(
    sections.map(async (section) => ({
      section,
      items: (await listLive({ sectionId: section.id }, { limit: 4 })).items,
    })),
  );
  const [lead, ...top] = summariesInScript(latest, script);
  return (
    <div className="space-y-12">
      <div className="flex items-center justify-between gap-4">
        <h1 className="font-serif text-2xl font-bold">{t("home.title")}</h1>
        <ScriptToggle path="/" current={script} plain={choice.plain} />
      </div>
      {!lead ? (
        <p className="text-[var(--color-muted)]">{t("home.empty")}</p>
      ) : (
        <section aria-label={t("reader.topStories")} className="grid gap-8 md:grid-cols-[3fr_2fr]">
          <article
            lang={lead.language}
            className="border-b border-[var(--color-rule)] pb-6 md:border-b-0"
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
      {bySection
        .filter((entry) => entry.items.length > 0)
        .map(({ section, items }) => {
          const name = locale === "en" ? section.nameEn : sectionNameIn(section, script);
          return (
            <section key={section.id} aria-labelledby={`section-${section.slug}`}>
              <h2
                id={`section-${section.slug}`}
                className="mb-2 border-b-2 border-[var(--color-ink)] pb-1 font-serif text-xl font-bold"
              >
                <Link href={`/sections/${section.slug}${query}`} className="hover:underline">
                  {name}
                </Link>
              </h2>
              <ArticleList
                items={summariesInScript(items, script)}
                query={query}
                headingLevel={3}
                showSection={false}
              />
            </section>
          );
        })}
    </div>
  );
}
