import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SearchResults } from "@/components/search/search-results";
import { MAX_QUERY_LENGTH } from "@/lib/content/search-text";
import type { ReaderSearchParams } from "@/lib/reader-routes";
import { scriptChoice } from "@/lib/server/reader/script-choice";
import { hitsInScript } from "@/lib/server/reader/script-view";
import { searchArticles } from "@/lib/server/search/search-articles";

type Props = { searchParams: Promise<ReaderSearchParams<"search">> };

/** The first value of a query parameter given once, twice or not at all. */
const first = (value: string | string[] | undefined) =>
  (Array.isArray(value) ? value[0] : value) ?? "";

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const t = await getTranslations("search");
  const q = first((await searchParams).q).trim();
  return {
    title: q
      ? t("resultsFor", { q: Array.from(q).slice(0, MAX_QUERY_LENGTH).join("") })
      : t("title"),
    // Result pages are endless and change with every publication: not for search engines.
    robots: { index: false, follow: true },
  };
}

export default async function SearchPage({ searchParams }: Props) {
  const params = await searchParams;
  const raw = first(params.q);
  const t = await getTranslations("search");
  const { query, items, next } = await searchArticles({ q: raw, after: first(params.after) });
  const choice = await scriptChoice(params.script);
  const wasCut = Array.from(raw.trim()).length > MAX_QUERY_LENGTH;

  if (!query) {
    return (
      <section aria-labelledby="search-heading">
        <h1 id="search-heading" className="mb-4 font-serif text-2xl font-bold">
          {t("title")}
        </h1>
        <p className="text-[var(--color-muted)]">{t("prompt")}</p>
      </section>
    );
  }
  return (
    <section aria-labelledby="search-heading">
      <h1 id="search-heading" className="mb-4 font-serif text-2xl font-bold break-words">
        {t("resultsFor", { q: query })}
      </h1>
      {wasCut && <p className="mb-4 text-sm text-[var(--color-muted)]">{t("cut")}</p>}
      {items.length === 0 ? (
        <>
          <p className="font-semibold">{t("noResults")}</p>
          <p className="mt-1 text-[var(--color-muted)]">{t("noResultsHint")}</p>
        </>
      ) : (
        <SearchResults items={hitsInScript(items, choice.shown)} query={choice.query} />
      )}
      {next && (
        <p className="mt-6">
          <Link
            href={`/search?${new URLSearchParams({ q: query, after: next, ...(choice.chosen ? { script: choice.chosen } : {}) })}`}
            rel="next"
            className="font-semibold hover:underline"
          >
            {t("more")}
          </Link>
        </p>
      )}
    </section>
  );
}
