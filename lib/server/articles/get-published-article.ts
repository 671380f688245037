import "server-only";
import { cacheTags } from "@/lib/cache-tags";
import { readerDb } from "@/lib/reader-db";
import { cached } from "../cache/reader-cache";
import { loadFeaturedImage } from "../media/featured-image";
import { listCorrections } from "./list-corrections";
import { readSnapshotCredits, toArticleLanguage, type PublishedArticle } from "./published-article";

/**
 * The live snapshot of the article at `slug`, or null when nothing is live there. Its
 * corrections are read as they are now: a correction reaches readers without an update.
 */
export function getPublishedArticle(slug: string): Promise<PublishedArticle | null> {
  // Cached until a publish, update, unpublish or correction of this article invalidates it.
  return cached(
    `article-page:${slug}`,
    (article) =>
      article ? [cacheTags.slug(slug), cacheTags.article(article.id)] : [cacheTags.slug(slug)],
    () => loadPublishedArticle(slug),
  );
}

async function loadPublishedArticle(slug: string): Promise<PublishedArticle | null> {
  const article = await readerDb.article.findUnique({
    where: { slug },
    select: {
      id: true,
      status: true,
      kind: true,
      liveEndedAt: true,
      liveVersion: {
        include: { section: { select: { slug: true, name: true, nameEn: true } } },
      },
    },
  });
  const live = article?.liveVersion;
  if (!article || article.status !== "PUBLISHED" || !live || !live.isLive) return null;
  return {
    id: article.id,
    slug: live.slug,
    headline: live.headline,
    dek: live.dek,
    language: toArticleLanguage(live.language),
    datelinePlace: live.datelinePlace,
    datelineDate: live.datelineDate,
    section: live.section,
    sectionId: live.sectionId,
    tagIds: live.tagIds,
    seoTitle: live.seoTitle,
    seoDescription: live.seoDescription,
    credits: readSnapshotCredits(live.bylines),
    featuredImage: await loadFeaturedImage(live.featuredImageId, live.body),
    bodyHtml: live.bodyHtml,
    publishedAt: live.publishedAt,
    updatedAt: live.updatedAt,
    corrections: await listCorrections(article.id, readerDb),
    kind: article.kind,
    liveEndedAt: article.liveEndedAt,
  };
}
