import "server-only";
import { docMediaIds } from "@/lib/content/image-node";
import { db } from "@/lib/db";
import type { MediaView } from "./media-view";
import { getMediaViews } from "./media-views";

/** How many of the newest uploads the editor offers for the featured image. */
const RECENT = 30;

/**
 * The images the editor shows and offers: the article's own (body images, then the
 * featured image) first, then the newest uploads. Any newsroom user may use any image of
 * the library, so this needs no permission check beyond seeing the article.
 */
export async function getEditorMedia(
  body: unknown,
  featuredImageId: string | null,
): Promise<MediaView[]> {
  const own = docMediaIds(body);
  if (featuredImageId) own.push(featuredImageId.toLowerCase());
  const recent = await db.media.findMany({
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: RECENT,
    select: { id: true },
  });
  const ids = [...new Set([...own, ...recent.map((row) => row.id)])];
  const views = await getMediaViews(ids);
  return ids.flatMap((id) => views.get(id) ?? []);
}
