import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PublishedTime } from "@/components/reader/published-time";
import type { SearchHit, SnippetPart } from "@/lib/content/search-snippet";

/** Text with its matches in <mark>; React escapes every part, so nothing in it is markup. */
function Marked({ parts }: { parts: SnippetPart[] }) {
  return parts.map((part, index) =>
    part.isMatch ? (
      <mark key={index} className="bg-yellow-200 text-inherit">
        {part.text}
      </mark>
    ) : (
      part.text
    ),
  );
}

/**
 * One page of search results, each in its language and the reader's script, matches
 * marked; `query` (`?script=…`) keeps that script in the links.
 */
export async function SearchResults({ items, query = "" }: { items: SearchHit[]; query?: string }) {
  const t = await getTranslations("article");
  return (
    <ol className="divide-y divide-[var(--color-rule)]">
      {items.map((item) => (
        <li key={item.id} className="py-4" lang={item.language}>
          {item.section && (
            <p className="mb-1 text-xs font-semibold tracking-wide text-[var(--color-accent)]">
              <Link href={`/sections/${item.section.slug}${query}`} className="hover:underline">
                {item.section.name}
              </Link>
            </p>
          )}
          <h2 className="font-serif text-xl font-bold leading-snug">
            <Link href={`/articles/${item.slug}${query}`} className="hover:underline">
              <Marked parts={item.headline} />
            </Link>
          </h2>
          <p className="mt-1 text-[var(--color-muted)]">
            <Marked parts={item.snippet} />
          </p>
          <p className="mt-2 text-sm text-[var(--color-muted)]">
            <PublishedTime date={item.publishedAt} label={t("published")} />
          </p>
        </li>
      ))}
    </ol>
  );
}
