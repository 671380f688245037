import "server-only";
import { cacheTags } from "@/lib/cache-tags";
import { readerUrls } from "@/lib/content/reader-urls";
import {
  renderNewsSitemap,
  renderRobots,
  renderSitemap,
  renderSitemapIndex,
  scriptAlternates,
  type NewsSitemapItem,
  type SitemapUrl,
} from "@/lib/content/sitemaps";
import { readerDb } from "@/lib/reader-db";
import { liveSnapshotWhere } from "../articles/load-live-articles";
import { toArticleLanguage } from "../articles/published-article";
import { cached } from "../cache/reader-cache";
import { makeDocument, type PublicDocument } from "../http/public-document";
import { publicationName } from "@/lib/content/publication";
import { getPublication } from "../settings/get-publication";

const XML = "application/xml; charset=utf-8";
/**
 * A sitemap holds at most 50,000 URLs: past 45,000 articles, /sitemap.xml becomes an index
 * of pages of at most this many URLs each.
 */
export const SITEMAP_PAGE_SIZE = 45_000;
/** Google News reads articles of the last two days, at most 1,000 of them. */
export const NEWS_WINDOW_MS = 48 * 60 * 60 * 1000;
export const NEWS_MAX_ARTICLES = 1_000;

export function getRobots(origin: string): PublicDocument {
  return makeDocument(renderRobots(readerUrls(origin)), "text/plain; charset=utf-8");
}

/**
 * Home, every section, the tags and contributors that have published work, and every live
 * article with its last change (Chinese ones with their other script's page as an
 * hreflang alternate); cached until a publish, update or unpublish. Past 45,000 articles
 * it is an index of /sitemaps/<n>.xml.
 */
export function getSitemap(origin: string): Promise<PublicDocument> {
  return cached(
    `sitemap:${origin}`,
    () => [cacheTags.sitemaps],
    async () => {
      const { urls, articles } = await sitemapUrls(origin);
      if (articles <= SITEMAP_PAGE_SIZE) return makeDocument(renderSitemap(urls), XML);
      const pages = pagesOf(urls).map((page, index) => ({
        loc: readerUrls(origin).sitemapPage(index + 1),
        lastmod: newest(page),
      }));
      return makeDocument(renderSitemapIndex(pages), XML);
    },
  );
}

/** One page of the sitemap index (1-based); null when there is no index or no such page. */
export function getSitemapPage(origin: string, page: number): Promise<PublicDocument | null> {
  return cached(
    `sitemap:${origin}:${page}`,
    () => [cacheTags.sitemaps],
    async () => {
      const { urls, articles } = await sitemapUrls(origin);
      const urlsOfPage = articles > SITEMAP_PAGE_SIZE ? pagesOf(urls)[page - 1] : undefined;
      return urlsOfPage ? makeDocument(renderSitemap(urlsOfPage), XML) : null;
    },
  );
}

// Listings first, then articles oldest first: a new article changes only the last page.
function pagesOf(urls: SitemapUrl[]): SitemapUrl[][] {
  const pages: SitemapUrl[][] = [];
  for (let start = 0; start < urls.length; start += SITEMAP_PAGE_SIZE)
    pages.push(urls.slice(start, start + SITEMAP_PAGE_SIZE));
  return pages;
}

function newest(urls: SitemapUrl[]): Date | null {
  let latest: Date | null = null;
  for (const url of urls)
    if (url.lastmod && (!latest || url.lastmod > latest)) latest = url.lastmod;
  return latest;
}

/** Every URL once per publication, shared by the index and its pages. */
function sitemapUrls(origin: string) {
  return cached(
    `sitemap-urls:${origin}`,
    () => [cacheTags.sitemaps],
    () => loadSitemapUrls(origin),
  );
}

async function loadSitemapUrls(origin: string): Promise<{ urls: SitemapUrl[]; articles: number }> {
  const urls = readerUrls(origin);
  const [sections, articles] = await Promise.all([
    readerDb.section.findMany({
      orderBy: [{ position: "asc" }, { id: "asc" }],
      select: { id: true, slug: true },
    }),
    readerDb.publishedVersion.findMany({
      where: liveSnapshotWhere,
      orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
      select: {
        slug: true,
        language: true,
        publishedAt: true,
        updatedAt: true,
        sectionId: true,
        tagIds: true,
        contributorIds: true,
      },
    }),
  ]);
  // Each listing page changed when the newest change among its articles happened.
  const latest = new Map<string, Date>();
  const touch = (key: string, when: Date) => {
    const known = latest.get(key);
    if (!known || when > known) latest.set(key, when);
  };
  for (const article of articles) {
    const when = article.updatedAt ?? article.publishedAt;
    touch("home", when);
    if (article.sectionId) touch(`section:${article.sectionId}`, when);
    for (const id of article.tagIds) touch(`tag:${id}`, when);
    for (const id of article.contributorIds) touch(`contributor:${id}`, when);
  }
  const ids = (prefix: string) =>
    [...latest.keys()]
      .filter((key) => key.startsWith(prefix))
      .map((key) => key.slice(prefix.length));
  const [tags, contributors] = await Promise.all([
    readerDb.tag.findMany({
      where: { id: { in: ids("tag:") } },
      orderBy: { slug: "asc" },
      select: { id: true, slug: true },
    }),
    readerDb.contributor.findMany({
      where: { id: { in: ids("contributor:") } },
      orderBy: { slug: "asc" },
      select: { id: true, slug: true },
    }),
  ]);
  const listings: SitemapUrl[] = [
    { loc: urls.home, lastmod: latest.get("home") ?? null },
    ...sections.map((section) => ({
      loc: urls.section(section.slug),
      lastmod: latest.get(`section:${section.id}`) ?? null,
    })),
    ...tags.map((tag) => ({
      loc: urls.tag(tag.slug),
      lastmod: latest.get(`tag:${tag.id}`) ?? null,
    })),
    ...contributors.map((contributor) => ({
      loc: urls.contributor(contributor.slug),
      lastmod: latest.get(`contributor:${contributor.id}`) ?? null,
    })),
  ];
  const articleUrls = articles.map((article): SitemapUrl => {
    const loc = urls.article(article.slug);
    const alternates = scriptAlternates(loc, toArticleLanguage(article.language));
    return {
      loc,
      lastmod: article.updatedAt ?? article.publishedAt,
      ...(alternates && { alternates }),
    };
  });
  // One sitemap lists the newest first; an index's pages list the oldest first (stable pages).
  if (articles.length > SITEMAP_PAGE_SIZE) articleUrls.reverse();
  return { urls: [...listings, ...articleUrls], articles: articles.length };
}

/**
 * The Google News sitemap at `now`. The newest 1,000 live articles are cached until the
 * next publish; the 48-hour window is applied per request, so articles age out on time
 * even when nothing is published for days.
 */
export async function getNewsSitemap(origin: string, now = new Date()): Promise<PublicDocument> {
  const urls = readerUrls(origin);
  const candidates = await cached(
    "news-sitemap:candidates",
    () => [cacheTags.sitemaps],
    loadNewsCandidates,
  );
  const since = now.getTime() - NEWS_WINDOW_MS;
  // Live coverage stays listed while it runs, however long ago it opened.
  const items: NewsSitemapItem[] = candidates
    .filter((candidate) => candidate.isRunning || candidate.publishedAt.getTime() >= since)
    .map((candidate) => ({
      loc: urls.article(candidate.slug),
      title: candidate.headline,
      language: candidate.language,
      publishedAt: candidate.publishedAt,
    }));
  const publication = await getPublication();
  return makeDocument(
    renderNewsSitemap((language) => publicationName(publication, language), items),
    XML,
  );
}

async function loadNewsCandidates() {
  const select = { slug: true, headline: true, language: true, publishedAt: true } as const;
  const running = { article: { kind: "LIVE", liveEndedAt: null } } as const;
  const [rows, live] = await Promise.all([
    readerDb.publishedVersion.findMany({
      where: { AND: [liveSnapshotWhere, { NOT: running }] },
      orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
      take: NEWS_MAX_ARTICLES,
      select,
    }),
    readerDb.publishedVersion.findMany({
      where: { AND: [liveSnapshotWhere, running] },
      orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
      take: NEWS_MAX_ARTICLES,
      select,
    }),
  ]);
  return [
    ...live.map((row) => ({ ...row, isRunning: true })),
    ...rows.map((row) => ({ ...row, isRunning: false })),
  ]
    .slice(0, NEWS_MAX_ARTICLES)
    .map((row) => ({ ...row, language: toArticleLanguage(row.language) }));
}
