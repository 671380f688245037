import "server-only";
import { cacheTags } from "@/lib/cache-tags";
import { readerUrls } from "@/lib/content/reader-urls";
import {
  renderNewsSitemap,
  renderRobots,
  renderSitemap,
  type NewsSitemapItem,
  type SitemapUrl,
} from "@/lib/content/sitemaps";
import { db } from "@/lib/db";
import { liveSnapshotWhere } from "../articles/load-live-articles";
import { toArticleLanguage } from "../articles/published-article";
import { cached } from "../cache/reader-cache";
import { makeDocument, type PublicDocument } from "../http/public-document";
import { PUBLICATION } from "./publication";

const XML = "application/xml; charset=utf-8";
/** A sitemap holds at most 50,000 URLs; past that the site needs a sitemap index. */
const MAX_SITEMAP_ARTICLES = 45_000;
/** Google News reads articles of the last two days, at most 1,000 of them. */
export const NEWS_WINDOW_MS = 48 * 60 * 60 * 1000;
export const NEWS_MAX_ARTICLES = 1_000;

export function getRobots(origin: string): PublicDocument {
  return makeDocument(renderRobots(readerUrls(origin)), "text/plain; charset=utf-8");
}

/**
 * Home, every section, the tags and contributors that have published work, and every live
 * article with its last change; cached until a publish, update or unpublish.
 */
export function getSitemap(origin: string): Promise<PublicDocument> {
  return cached(
    `sitemap:${origin}`,
    () => [cacheTags.sitemaps],
    async () => makeDocument(renderSitemap(await loadSitemapUrls(origin)), XML),
  );
}

async function loadSitemapUrls(origin: string): Promise<SitemapUrl[]> {
  const urls = readerUrls(origin);
  const [sections, articles] = await Promise.all([
    db.section.findMany({
      orderBy: [{ position: "asc" }, { id: "asc" }],
      select: { id: true, slug: true },
    }),
    db.publishedVersion.findMany({
      where: liveSnapshotWhere,
      orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
      take: MAX_SITEMAP_ARTICLES,
      select: {
        slug: true,
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
    db.tag.findMany({
      where: { id: { in: ids("tag:") } },
      orderBy: { slug: "asc" },
      select: { id: true, slug: true },
    }),
    db.contributor.findMany({
      where: { id: { in: ids("contributor:") } },
      orderBy: { slug: "asc" },
      select: { id: true, slug: true },
    }),
  ]);
  return [
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
    ...articles.map((article) => ({
      loc: urls.article(article.slug),
      lastmod: article.updatedAt ?? article.publishedAt,
    })),
  ];
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
  const items: NewsSitemapItem[] = candidates
    .filter((candidate) => candidate.publishedAt.getTime() >= since)
    .map((candidate) => ({
      loc: urls.article(candidate.slug),
      title: candidate.headline,
      language: candidate.language,
      publishedAt: candidate.publishedAt,
    }));
  return makeDocument(renderNewsSitemap(PUBLICATION.name, items), XML);
}

async function loadNewsCandidates() {
  const rows = await db.publishedVersion.findMany({
    where: liveSnapshotWhere,
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: NEWS_MAX_ARTICLES,
    select: { slug: true, headline: true, language: true, publishedAt: true },
  });
  return rows.map((row) => ({ ...row, language: toArticleLanguage(row.language) }));
}
