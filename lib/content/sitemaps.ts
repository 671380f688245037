import type { ArticleLanguage } from "./credits";
import { xmlElement, XML_DECLARATION } from "./xml";

export type SitemapUrl = { loc: string; lastmod?: Date | null };

export type NewsSitemapItem = {
  loc: string;
  title: string;
  language: ArticleLanguage;
  publishedAt: Date;
};

/** Google News reads Chinese as zh-cn (Simplified) or zh-tw (Traditional), not BCP 47 script tags. */
const GOOGLE_NEWS_LANGUAGES: Record<ArticleLanguage, string> = {
  "zh-Hant": "zh-tw",
  "zh-Hans": "zh-cn",
  en: "en",
};

export function googleNewsLanguage(language: ArticleLanguage): string {
  return GOOGLE_NEWS_LANGUAGES[language];
}

/** A sitemaps.org 0.9 urlset (at most 50,000 URLs: the caller pages beyond that). */
export function renderSitemap(urls: SitemapUrl[]): string {
  const entries = urls.map(
    (url) =>
      `<url>${xmlElement("loc", url.loc)}${url.lastmod ? xmlElement("lastmod", url.lastmod.toISOString()) : ""}</url>`,
  );
  return `${XML_DECLARATION}
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${entries.join("\n")}
</urlset>
`;
}

/**
 * A Google News sitemap: the articles of the last two days (Google ignores older ones),
 * each with the publication's name and language, its publication time and title.
 */
export function renderNewsSitemap(publicationName: string, items: NewsSitemapItem[]): string {
  const publication = (language: ArticleLanguage) =>
    `<news:publication>${xmlElement("news:name", publicationName)}${xmlElement("news:language", googleNewsLanguage(language))}</news:publication>`;
  const entries = items.map(
    (item) =>
      `<url>${xmlElement("loc", item.loc)}<news:news>${publication(item.language)}${xmlElement("news:publication_date", item.publishedAt.toISOString())}${xmlElement("news:title", item.title)}</news:news></url>`,
  );
  return `${XML_DECLARATION}
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
${entries.join("\n")}
</urlset>
`;
}

/** Readers' pages open to crawlers; the newsroom, the API, previews and sign-in closed. */
export function renderRobots(urls: { sitemap: string; newsSitemap: string }): string {
  return [
    "User-agent: *",
    "Allow: /",
    "Disallow: /newsroom",
    "Disallow: /api/",
    "Disallow: /preview/",
    "Disallow: /login",
    "Disallow: /reset-password",
    "",
    `Sitemap: ${urls.sitemap}`,
    `Sitemap: ${urls.newsSitemap}`,
    "",
  ].join("\n");
}
