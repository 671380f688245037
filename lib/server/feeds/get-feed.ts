import "server-only";
import { cacheTags } from "@/lib/cache-tags";
import { renderAtom } from "@/lib/content/feeds/atom";
import { toFeedEntry, type FeedChannel } from "@/lib/content/feeds/feed-entry";
import { renderJsonFeed } from "@/lib/content/feeds/json-feed";
import { renderRss } from "@/lib/content/feeds/rss";
import { readerUrls } from "@/lib/content/reader-urls";
import { readerDb } from "@/lib/reader-db";
import { loadLiveArticles } from "../articles/load-live-articles";
import { cached } from "../cache/reader-cache";
import { makeDocument, type PublicDocument } from "../http/public-document";
import { publicationName, publicationTagline } from "@/lib/content/publication";
import { getPublication } from "../settings/get-publication";
import { withLiveUpdates } from "./live-feed";
import { prevailingLanguage } from "./publication";

export type FeedFormat = "rss" | "atom" | "json";

/** How many of the newest articles a feed carries. */
export const FEED_SIZE = 50;

const CONTENT_TYPES: Record<FeedFormat, string> = {
  rss: "application/rss+xml; charset=utf-8",
  atom: "application/atom+xml; charset=utf-8",
  json: "application/feed+json; charset=utf-8",
};

const RENDERERS = { rss: renderRss, atom: renderAtom, json: renderJsonFeed } as const;

type FeedSection = {
  id: string;
  slug: string;
  name: string;
  nameEn: string;
  description: string | null;
};

/**
 * The site's feed (or one section's, when `sectionSlug` is given) in `format`, built from
 * live snapshots only and cached until a publish, update or unpublish. Null when there is
 * no such section.
 */
export async function getFeed(input: {
  format: FeedFormat;
  origin: string;
  sectionSlug?: string;
}): Promise<PublicDocument | null> {
  let section: FeedSection | null = null;
  if (input.sectionSlug !== undefined) {
    // Looked up uncached: a request for a made-up slug must not fill the cache.
    section = await findSection(input.sectionSlug);
    if (!section) return null;
  }
  const key = `feed:${input.format}:${section?.id ?? "site"}:${input.origin}`;
  return cached(
    key,
    () => (section ? [cacheTags.feeds, cacheTags.section(section.id)] : [cacheTags.feeds]),
    () => buildFeed(input.format, input.origin, section),
  );
}

async function buildFeed(
  format: FeedFormat,
  origin: string,
  section: FeedSection | null,
): Promise<PublicDocument> {
  const urls = readerUrls(origin);
  const articles = await loadLiveArticles({
    where: section ? { sectionId: section.id } : {},
    take: FEED_SIZE,
  });
  // Named in the feed's own language (the settings); a save drops the feeds' cache.
  const language = prevailingLanguage(articles.map((article) => article.language));
  const publication = await getPublication();
  const name = publicationName(publication, language);
  const channel: FeedChannel = {
    title: section ? `${section.name} ${section.nameEn} · ${name}` : name,
    description: section?.description || publicationTagline(publication, language) || name,
    language,
    homeUrl: section ? urls.section(section.slug) : urls.home,
    urls: urls.feeds(section?.slug),
  };
  const entries = await withLiveUpdates(
    articles.map((article) => toFeedEntry(article, urls)),
    articles.map((article) => article.id),
    origin,
  );
  return makeDocument(RENDERERS[format](channel, entries), CONTENT_TYPES[format]);
}

async function findSection(slug: string): Promise<FeedSection | null> {
  if (slug.length === 0 || slug.length > 200) return null;
  return readerDb.section.findUnique({
    where: { slug },
    select: { id: true, slug: true, name: true, nameEn: true, description: true },
  });
}
