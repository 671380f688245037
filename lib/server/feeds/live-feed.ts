import "server-only";
import type { FeedEntry } from "@/lib/content/feeds/feed-entry";
import { withAbsoluteMediaUrls } from "@/lib/content/image-html";
import { escapeHtml } from "@/lib/content/render-html";
import { readerDb } from "@/lib/reader-db";
import { newsroomTimeZone } from "@/lib/time-zone";

/** The newest updates a feed entry of live coverage carries. */
const UPDATES_PER_ENTRY = 10;

/**
 * Feeds carry live coverage's updates: each coverage's entry gets its newest published
 * updates (time, title, text) after the credits and introduction, and its "updated" time
 * is the newest update's, so feed readers show the coverage as changed.
 */
export async function withLiveUpdates(
  entries: FeedEntry[],
  articleIds: readonly string[],
  origin: string,
): Promise<FeedEntry[]> {
  if (articleIds.length === 0) return entries;
  const updates = await readerDb.liveUpdate.findMany({
    where: { articleId: { in: [...articleIds] }, status: "PUBLISHED", article: { kind: "LIVE" } },
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: articleIds.length * UPDATES_PER_ENTRY,
    select: { articleId: true, id: true, title: true, bodyHtml: true, publishedAt: true },
  });
  if (updates.length === 0) return entries;
  const clock = new Intl.DateTimeFormat("zh-Hant", {
    timeZone: newsroomTimeZone(),
    month: "numeric",
    day: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hour12: false,
  });
  const byArticle = new Map<string, typeof updates>();
  for (const update of updates) {
    const list = byArticle.get(update.articleId) ?? [];
    if (list.length < UPDATES_PER_ENTRY) byArticle.set(update.articleId, [...list, update]);
  }
  return entries.map((entry, index) => {
    const own = byArticle.get(articleIds[index] ?? "");
    if (!own?.length) return entry;
    const html = own
      .map(
        (update) =>
          `<article id="update-${update.id}"><h3><time datetime="${update.publishedAt!.toISOString()}">${escapeHtml(clock.format(update.publishedAt!))}</time>${update.title ? ` ${escapeHtml(update.title)}` : ""}</h3>\n${withAbsoluteMediaUrls(update.bodyHtml, origin)}</article>`,
      )
      .join("\n");
    const newest = own[0]!.publishedAt!;
    return {
      ...entry,
      contentHtml: `${entry.contentHtml}\n<section class="live-updates">\n${html}\n</section>`,
      updated: newest > entry.updated ? newest : entry.updated,
    };
  });
}
