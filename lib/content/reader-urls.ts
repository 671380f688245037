/**
 * Absolute URLs of the reader site, from its public origin (`https://news.example.com`).
 * Slugs are encoded as path segments, so a slug can never add a path or a query.
 */
export type ReaderUrls = ReturnType<typeof readerUrls>;

export function readerUrls(origin: string) {
  const base = origin.replace(/\/+$/, "");
  const at = (...segments: string[]) =>
    `${base}/${segments.map((segment) => encodeURIComponent(segment)).join("/")}`;
  return {
    origin: base,
    home: `${base}/`,
    article: (slug: string) => at("articles", slug),
    section: (slug: string) => at("sections", slug),
    tag: (slug: string) => at("tags", slug),
    contributor: (slug: string) => at("contributors", slug),
    /** The site's feeds, or one section's (`/sections/<slug>/feed.xml`…). */
    feeds: (sectionSlug?: string) => {
      const prefix = sectionSlug === undefined ? base : at("sections", sectionSlug);
      return {
        rss: `${prefix}/feed.xml`,
        atom: `${prefix}/atom.xml`,
        json: `${prefix}/feed.json`,
      };
    },
    sitemap: `${base}/sitemap.xml`,
    /** One page of the sitemap index, once the site outgrows one sitemap. */
    sitemapPage: (page: number) => `${base}/sitemaps/${page}.xml`,
    newsSitemap: `${base}/news-sitemap.xml`,
    apiArticle: (id: string) => at("api", "v1", "articles", id),
    apiArticles: `${base}/api/v1/articles`,
  };
}
