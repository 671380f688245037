import "server-only";
import { convertHtml, convertText, shownLanguage, type Script } from "@/lib/content/reader-script";
import type { PublishedArticle, PublishedSummary } from "../articles/published-article";

/** A live article as shown in `script` (unchanged when null, English, or already in it). */
export function articleInScript(
  article: PublishedArticle,
  script: Script | null,
): PublishedArticle {
  if (!script) return article;
  const text = (value: string) => convertText(value, article.language, script);
  return {
    ...article,
    language: shownLanguage(article.language, script),
    headline: text(article.headline),
    dek: article.dek && text(article.dek),
    datelinePlace: article.datelinePlace && text(article.datelinePlace),
    section: article.section && { ...article.section, name: text(article.section.name) },
    credits: article.credits.map((credit) => ({ ...credit, name: text(credit.name) })),
    bodyHtml: convertHtml(article.bodyHtml, article.language, script),
    featuredImage: article.featuredImage && {
      ...article.featuredImage,
      html: convertHtml(article.featuredImage.html, article.language, script),
      alt: text(article.featuredImage.alt),
    },
    corrections: article.corrections.map((item) => ({ ...item, text: text(item.text) })),
    seoTitle: article.seoTitle && text(article.seoTitle),
    seoDescription: article.seoDescription && text(article.seoDescription),
  };
}

/** Listing items in `script`: each Chinese item converted, English left as it is. */
export function summariesInScript(items: PublishedSummary[], script: Script | null) {
  if (!script) return items;
  return items.map((item) => {
    const text = (value: string) => convertText(value, item.language, script);
    return {
      ...item,
      language: shownLanguage(item.language, script),
      headline: text(item.headline),
      dek: item.dek && text(item.dek),
      section: item.section && { ...item.section, name: text(item.section.name) },
    };
  });
}
