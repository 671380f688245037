import type { ArticleLanguage, CreditEntry } from "./credits";

/**
 * A live snapshot as feeds, sitemaps and the content API publish it: only what readers
 * may see, frozen at publication (never the working copy).
 */
export type LiveArticleData = {
  /** The article's id: stable across updates and slug changes. */
  id: string;
  /** 1 for the first publication, then 2, 3… for each update. */
  number: number;
  slug: string;
  headline: string;
  dek: string | null;
  language: ArticleLanguage;
  datelinePlace: string | null;
  bodyHtml: string;
  credits: CreditEntry[];
  section: { id: string; slug: string; name: string; nameEn: string } | null;
  tags: { id: string; slug: string; name: string }[];
  publishedAt: Date;
  /** The public "Updated" time; null until the first update. */
  updatedAt: Date | null;
};

/** When the article last changed for readers. */
export function lastModified(article: Pick<LiveArticleData, "publishedAt" | "updatedAt">): Date {
  return article.updatedAt ?? article.publishedAt;
}
