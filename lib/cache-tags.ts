/**
 * The names reader-facing data is cached under. A change invalidates exactly the tags
 * it affects: an article's own page (by id and by every slug it answers to), the
 * listings it appears in (home, its section, its tags, its contributors), the feeds and
 * the sitemaps.
 */
export const cacheTags = {
  article: (id: string) => `article:${id}`,
  slug: (slug: string) => `slug:${slug}`,
  home: "home",
  section: (id: string) => `section:${id}`,
  tag: (id: string) => `tag:${id}`,
  contributor: (id: string) => `contributor:${id}`,
  /** A contributor's page by its address (the page cache knows only the path). */
  contributorPage: (slug: string) => `contributor-page:${slug}`,
  feeds: "feeds",
  sitemaps: "sitemaps",
  /** The publication's settings: its name is on every reader page, feed and sitemap. */
  publication: "publication",
  /** The sections: their names and order are the navigation on every reader page. */
  sections: "sections",
} as const;

/** Everything readers see that names the publication: every page, the feeds and sitemaps. */
export const tagsForPublication = (): string[] => [
  cacheTags.publication,
  cacheTags.home,
  cacheTags.feeds,
  cacheTags.sitemaps,
];

/**
 * Everything a section change touches: every page (the navigation), the listings, the
 * section's own page and feeds, and the sitemaps.
 */
export const tagsForSections = (ids: readonly string[]): string[] => [
  cacheTags.sections,
  cacheTags.home,
  cacheTags.feeds,
  cacheTags.sitemaps,
  ...ids.map(cacheTags.section),
];

/**
 * Everything a contributor's profile change touches: their pages (by id and by every
 * address involved, old ones included), the live articles that credit them (the byline
 * and its JSON-LD), the feeds and the sitemaps (which name them).
 */
export const tagsForContributors = (change: {
  ids: readonly string[];
  slugs: readonly string[];
  articles: readonly { id: string; slug: string }[];
}): string[] => [
  ...new Set([
    ...change.ids.map(cacheTags.contributor),
    ...change.slugs.map(cacheTags.contributorPage),
    ...change.articles.flatMap((article) => [
      cacheTags.article(article.id),
      cacheTags.slug(article.slug),
    ]),
    cacheTags.feeds,
    cacheTags.sitemaps,
  ]),
];

export type ArticleTagSource = {
  articleId: string;
  slugs: readonly string[];
  sectionIds?: readonly (string | null)[];
  tagIds?: readonly string[];
  contributorIds?: readonly string[];
};

/** Every tag a change to what readers see of one article touches. */
export function tagsForArticle(source: ArticleTagSource): string[] {
  const tags = new Set<string>([
    cacheTags.article(source.articleId),
    ...source.slugs.map(cacheTags.slug),
    cacheTags.home,
    cacheTags.feeds,
    cacheTags.sitemaps,
  ]);
  for (const id of source.sectionIds ?? []) if (id) tags.add(cacheTags.section(id));
  for (const id of source.tagIds ?? []) tags.add(cacheTags.tag(id));
  for (const id of source.contributorIds ?? []) tags.add(cacheTags.contributor(id));
  return [...tags];
}

/** Only the article's own page (a correction does not move it in any listing). */
export function tagsForArticlePage(articleId: string, slug: string): string[] {
  return [cacheTags.article(articleId), cacheTags.slug(slug)];
}
