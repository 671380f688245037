import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ArticleLanguage } from "@/lib/content/credits";
import { PublishedTime } from "./published-time";

export type ArticleListItem = {
  id: string;
  slug: string;
  headline: string;
  dek: string | null;
  language: ArticleLanguage;
  section: { slug: string; name: string } | null;
  publishedAt: Date;
};

/** A list of live articles, already in the reader's script; `query` keeps that script in links. */
export async function ArticleList({
  items,
  query = "",
  headingLevel = 2,
  showSection = true,
}: {
  items: ArticleListItem[];
  query?: string;
  headingLevel?: 2 | 3;
  showSection?: boolean;
}) {
  const t = await getTranslations("article");
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <ul className="divide-y divide-[var(--color-rule)]">
      {items.map((item) => (
        <li key={item.id} className="py-4" lang={item.language}>
          {showSection && item.section && (
            <p className="text-xs font-semibold tracking-wide text-[var(--color-accent)]">
              {/* 28 px tall (24 at least), so a finger or a shaky hand can take it apart from the headline
                  link just below (WCAG 2.5.8, target size). */}
              <Link
                href={`/sections/${item.section.slug}${query}`}
                className="inline-block py-1.5 hover:underline"
              >
                {item.section.name}
              </Link>
            </p>
          )}
          <Heading className="font-serif text-xl font-bold leading-snug">
            <Link href={`/articles/${item.slug}${query}`} className="hover:underline">
              {item.headline}
            </Link>
          </Heading>
          {item.dek && <p className="mt-1 text-[var(--color-muted)]">{item.dek}</p>}
          <p className="mt-2 text-sm text-[var(--color-muted)]">
            <PublishedTime date={item.publishedAt} label={t("published")} />
          </p>
        </li>
      ))}
    </ul>
  );
}
