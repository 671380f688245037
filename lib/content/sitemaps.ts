import type { ArticleLanguage } from "./credits";
import { escapeXml, xmlElement, XML_DECLARATION } from "./xml";

/** One page; `alternates` are the same page in other languages (hreflang). */
export type SitemapUrl = {
  loc: string;
  lastmod?: Date | null;
  alternates?: readonly { hreflang: string; href: string }[];
};

/**
 * A Chinese article's pages in both scripts, as its page's own `<link rel="alternate">`
 * names them: its own script at its URL, the other at `?script=`.
 */
export function scriptAlternates(
  loc: string,
  language: ArticleLanguage,
): SitemapUrl["alternates"] | undefined {
  if (language === "en") return undefined;
  const other = language === "zh-Hant" ? "zh-Hans" : "zh-Hant";
  const script = other === "zh-Hans" ? "hans" : "hant";
  return [
    { hreflang: language, href: loc },
    { hreflang: other, href: `${loc}?script=${script}` },
    { hreflang: "x-default", href: loc },
  ];
}

const alternateLinks = (url: SitemapUrl) =>
  (url.alternates ?? [])
    .map(
      (link) =>
        `<xhtml:link rel="alternate" hreflang="${escapeXml(link.hreflang)}" href="${escapeXml(link.href)}"/>`,
    )
    .join("");

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

const lastmodOf = (url: SitemapUrl) =>
  url.lastmod ? xmlElement("lastmod", url.lastmod.toISOString()) : "";

/** A sitemaps.org 0.9 urlset (at most 50,000 URLs: the caller pages beyond that). */
export function renderSitemap(urls: readonly SitemapUrl[]): string {
  const entries = urls.map(
    (url) => `<url>${xmlElement("loc", url.loc)}${lastmodOf(url)}${alternateLinks(url)}</url>`,
  );
  return `${XML_DECLARATION}
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
${entries.join("\n")}
</urlset>
`;
}

/** A sitemap index: the sitemaps a site too large for one lists, each with its lastmod. */
export function renderSitemapIndex(sitemaps: readonly SitemapUrl[]): string {
  const entries = sitemaps.map(
    (sitemap) => `<sitemap>${xmlElement("loc", sitemap.loc)}${lastmodOf(sitemap)}</sitemap>`,
  );
  return `${XML_DECLARATION}
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${entries.join("\n")}
</sitemapindex>
`;
}

/**
 * A Google News sitemap: the articles of the last two days (Google ignores older ones),
 * each with the publication's name and language, its publication time and title.
 */
export function renderNewsSitemap(
  publicationName: string | ((language: ArticleLanguage) => string),
  items: NewsSitemapItem[],
): string {
  const nameIn = (language: ArticleLanguage) =>
    typeof publicationName === "string" ? publicationName : publicationName(language);
  const publication = (language: ArticleLanguage) =>
    `<news:publication>${xmlElement("news:name", nameIn(language))}${xmlElement("news:language", googleNewsLanguage(language))}</news:publication>`;
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
