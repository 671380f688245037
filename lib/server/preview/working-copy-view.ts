import "server-only";
import { db } from "@/lib/db";
import type { Doc } from "@/lib/content/doc";
import { docMediaIds } from "@/lib/content/image-node";
import { renderDocToHtml } from "@/lib/content/render-html";
import { readerDoc } from "@/lib/content/suggestions";
import { sectionNameFor } from "@/lib/content/reader-script";
import { loadFeaturedImage } from "../media/featured-image";
import { getMediaViews } from "../media/media-views";
import { listCorrections } from "../articles/list-corrections";
import { toArticleLanguage, type ArticleView } from "../articles/published-article";

/**
 * The working copy (the Article row, not its live snapshot) as the reader page would
 * show it: body rendered here on the server from the stored, validated document, bylines
 * turned into credits the way publishing freezes them. No permission check: callers
 * decide first (a signed-in person who may view it, or a valid share token).
 */
export async function loadWorkingCopyView(articleId: string): Promise<ArticleView | null> {
  const article = await db.article.findUnique({
    where: { id: articleId },
    select: {
      headline: true,
      dek: true,
      language: true,
      datelinePlace: true,
      datelineDate: true,
      body: true,
      featuredImageId: true,
      publishedAt: true,
      publicUpdatedAt: true,
      section: { select: { slug: true, name: true, nameEn: true } },
      bylines: {
        select: { role: true, contributor: { select: { name: true, slug: true, kind: true } } },
        orderBy: { position: "asc" },
      },
    },
  });
  if (!article) return null;
  // The preview is the page readers would get: no pending suggestion, no comment.
  const body = readerDoc(article.body as unknown as Doc);
  const media = await getMediaViews(docMediaIds(body));
  const language = toArticleLanguage(article.language);
  return {
    headline: article.headline,
    dek: article.dek,
    language,
    datelinePlace: article.datelinePlace,
    datelineDate: article.datelineDate,
    // As the reader page shows it: an English story names its section in English.
    section: article.section && {
      ...article.section,
      name: sectionNameFor(article.section, language),
    },
    credits: article.bylines.map(({ role, contributor }) => ({
      name: contributor.name,
      slug: contributor.slug,
      kind: contributor.kind,
      role,
    })),
    featuredImage: await loadFeaturedImage(article.featuredImageId, body),
    bodyHtml: renderDocToHtml(body, { media }),
    publishedAt: article.publishedAt,
    updatedAt: article.publicUpdatedAt,
    corrections: await listCorrections(articleId),
  };
}
