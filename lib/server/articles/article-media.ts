import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { docMediaIds } from "@/lib/content/image-node";
import type { MediaView } from "../media/media-view";
import { getMediaViews } from "../media/media-views";

type Tx = Prisma.TransactionClient;

/** Where an article uses an image: in its body, or as its featured image (ArticleMedia.usage). */
export type MediaUsage = { mediaId: string; usage: "body" | "featured" };

/** The images a live coverage's updates show (all but removed ones), as ArticleMedia rows. */
export async function syncLiveUpdateMedia(tx: Tx, articleId: string): Promise<void> {
  const updates = await tx.liveUpdate.findMany({
    where: { articleId, status: { not: "REMOVED" } },
    select: { body: true },
  });
  const ids = [...new Set(updates.flatMap((update) => docMediaIds(update.body)))];
  await tx.articleMedia.deleteMany({
    where: { articleId, usage: "live", ...(ids.length ? { mediaId: { notIn: ids } } : {}) },
  });
  if (ids.length)
    await tx.articleMedia.createMany({
      data: ids.map((mediaId) => ({ articleId, mediaId, usage: "live" })),
      skipDuplicates: true,
    });
}

/** The usage rows a working copy implies: each body image once, and the featured image. */
export function mediaUsages(body: unknown, featuredImageId: string | null): MediaUsage[] {
  const usages: MediaUsage[] = docMediaIds(body).map((mediaId) => ({ mediaId, usage: "body" }));
  if (featuredImageId) usages.push({ mediaId: featuredImageId.toLowerCase(), usage: "featured" });
  return usages;
}

const key = (usage: { mediaId: string; usage: string }) =>
  `${usage.mediaId.toLowerCase()} ${usage.usage}`;

export function sameUsages(
  current: ReadonlyArray<{ mediaId: string; usage: string }>,
  next: readonly MediaUsage[],
): boolean {
  const a = new Set(current.filter((row) => row.usage !== "live").map(key));
  const b = new Set(next.map(key));
  return a.size === b.size && [...a].every((entry) => b.has(entry));
}

/**
 * Makes the article's ArticleMedia rows exactly `usages`, inside the save's transaction, so
 * the library's "where it is used" (and its refusal to delete a used image) always matches
 * the saved copy. A media id that names no image fails the foreign key (P2003), which the
 * save reports as an image that no longer exists.
 */
export async function syncArticleMedia(
  tx: Tx,
  articleId: string,
  usages: readonly MediaUsage[],
): Promise<void> {
  // Only the working copy's own usages: a live coverage's updates keep theirs ("live").
  const own = { articleId, usage: { in: ["body", "featured"] } };
  await tx.articleMedia.deleteMany({
    where:
      usages.length === 0
        ? own
        : { ...own, NOT: { OR: usages.map(({ mediaId, usage }) => ({ mediaId, usage })) } },
  });
  if (usages.length > 0) {
    await tx.articleMedia.createMany({
      data: usages.map((usage) => ({ articleId, ...usage })),
      skipDuplicates: true,
    });
  }
}

/** The MediaViews of a body's images, read through `tx` (see getMediaViews). */
export function bodyMediaViews(tx: Tx, body: unknown): Promise<Map<string, MediaView>> {
  return getMediaViews(docMediaIds(body), tx);
}
