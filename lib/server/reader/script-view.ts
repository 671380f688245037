import "server-only";
import {
  convertHtml,
  convertText,
  sectionNameFor,
  shownLanguage,
  type Script,
} from "@/lib/content/reader-script";
import type { SearchHit, SnippetPart } from "@/lib/content/search-snippet";
import type {
  ArticleView,
  PublishedArticle,
  PublishedSummary,
} from "../articles/published-article";

/** The section as shown beside copy in `language` (English copy: its English name). */
function shownSection<T extends { name: string; nameEn: string } | null>(
  section: T,
  language: PublishedArticle["language"],
  script: Script | null,
): T {
  const shown = shownLanguage(language, script);
  return (section && { ...section, name: sectionNameFor(section, shown) }) as T;
}

/** An article (live or a preview's working copy) as shown in `script` (null: its own). */
export function articleInScript<
  T extends ArticleView & { seoTitle?: string | null; seoDescription?: string | null },
>(article: T, script: Script | null): T {
  const section = shownSection(article.section, article.language, script);
  if (!script) return { ...article, section };
  const text = (value: string) => convertText(value, article.language, script);
  return {
    ...article,
    language: shownLanguage(article.language, script),
    headline: text(article.headline),
    dek: article.dek && text(article.dek),
    datelinePlace: article.datelinePlace && text(article.datelinePlace),
    section,
    credits: article.credits.map((credit) => ({ ...credit, name: text(credit.name) })),
    bodyHtml: convertHtml(article.bodyHtml, article.language, script),
    featuredImage: article.featuredImage && {
      ...article.featuredImage,
      html: convertHtml(article.featuredImage.html, article.language, script),
      alt: text(article.featuredImage.alt),
    },
    corrections: article.corrections.map((item) => ({ ...item, text: text(item.text) })),
    ...(article.seoTitle ? { seoTitle: text(article.seoTitle) } : {}),
    ...(article.seoDescription ? { seoDescription: text(article.seoDescription) } : {}),
  };
}

/** Listing items in `script`: each Chinese item converted, English left as it is. */
export function summariesInScript(items: PublishedSummary[], script: Script | null) {
  return items.map((item) => {
    const section = shownSection(item.section, item.language, script);
    if (!script) return { ...item, section };
    const text = (value: string) => convertText(value, item.language, script);
    return {
      ...item,
      language: shownLanguage(item.language, script),
      headline: text(item.headline),
      dek: item.dek && text(item.dek),
      section,
    };
  });
}

/** Headlines alone (the home page's "Live now") in `script`. */
export function headlinesInScript<
  T extends { headline: string; language: PublishedArticle["language"] },
>(items: T[], script: Script | null): T[] {
  if (!script) return items;
  return items.map((item) => ({
    ...item,
    language: shownLanguage(item.language, script),
    headline: convertText(item.headline, item.language, script),
  }));
}

/** Search results in `script`: the marked headline and snippet and the section name converted. */
export function hitsInScript(items: SearchHit[], script: Script | null): SearchHit[] {
  if (!script) return items;
  return items.map((item) => {
    const text = (value: string) => convertText(value, item.language, script);
    const parts = (list: SnippetPart[]) => list.map((part) => ({ ...part, text: text(part.text) }));
    return {
      ...item,
      language: shownLanguage(item.language, script),
      headline: parts(item.headline),
      snippet: parts(item.snippet),
      section: item.section && { ...item.section, name: text(item.section.name) },
    };
  });
}

/** Live coverage's key events and updates in `script`, like the article they belong to. */
export function liveInScript<
  T extends {
    keyEvents: { title: string }[];
    updates: {
      title: string | null;
      bodyHtml: string;
      authors: { name: string }[];
      correction: { text: string } | null;
    }[];
  },
>(coverage: T, language: PublishedArticle["language"], script: Script | null): T {
  if (!script) return coverage;
  const text = (value: string) => convertText(value, language, script);
  return {
    ...coverage,
    keyEvents: coverage.keyEvents.map((key) => ({ ...key, title: text(key.title) })),
    updates: coverage.updates.map((update) => ({
      ...update,
      title: update.title && text(update.title),
      bodyHtml: convertHtml(update.bodyHtml, language, script),
      authors: update.authors.map((author) => ({ ...author, name: text(author.name) })),
      correction: update.correction && { ...update.correction, text: text(update.correction.text) },
    })),
  };
}
