import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { readerDoc } from "@/lib/content/suggestions";
import type { Doc } from "@/lib/content/doc";
import type { MediaLookup } from "@/lib/content/image-html";
import { renderDocToHtml } from "@/lib/content/render-html";
import { liveColumnSelect, liveColumnsOf } from "./article-columns";

/** The working-copy fields a live snapshot freezes (the field map's `live` ones). */
export const snapshotSourceSelect = {
  id: true,
  version: true,
  ...liveColumnSelect,
  publishedAt: true,
  tags: { select: { tagId: true }, orderBy: { position: "asc" } },
  bylines: {
    select: {
      role: true,
      contributor: { select: { id: true, name: true, slug: true, kind: true } },
    },
    orderBy: { position: "asc" },
  },
} satisfies Prisma.ArticleSelect;

type SnapshotSource = Prisma.ArticleGetPayload<{ select: typeof snapshotSourceSelect }>;

/**
 * The PublishedVersion row for publishing `article` now: headline, dek, body (and its
 * HTML, rendered here on the server), bylines and metadata, frozen.
 *
 * `media`: the media library's views of the body's images (getMediaViews). The HTML is
 * frozen with the snapshot, so an image published before its variants were made (they
 * take a few seconds after the upload) is served as its original until the next
 * "Publish update".
 */
export function buildLiveSnapshot(
  article: SnapshotSource,
  options: { number: number; now: Date; actorId: string | null; media?: MediaLookup },
): Prisma.PublishedVersionUncheckedCreateInput {
  const bylines = article.bylines.map(({ role, contributor }) => ({
    contributorId: contributor.id,
    name: contributor.name,
    slug: contributor.slug,
    kind: contributor.kind,
    role,
  }));
  // Inline comments and pending suggestions are the newsroom's: the live copy (JSON and
  // HTML) never carries them.
  const body = readerDoc(article.body as unknown as Doc);
  return {
    articleId: article.id,
    number: options.number,
    isLive: true,
    ...liveColumnsOf(article),
    tagIds: article.tags.map((tag) => tag.tagId),
    contributorIds: [...new Set(bylines.map((byline) => byline.contributorId))],
    bylines,
    body: body as unknown as Prisma.InputJsonValue,
    bodyHtml: renderDocToHtml(body, { media: options.media ?? new Map() }),
    publishedAt: article.publishedAt ?? options.now,
    updatedAt: options.number > 1 ? options.now : null,
    createdById: options.actorId,
    // What the snapshot was made from: a later save makes the copy "Unpublished changes".
    sourceVersion: article.version,
  };
}
