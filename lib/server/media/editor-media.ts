import "server-only";
import { docMediaIds } from "@/lib/content/image-node";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/workflow/permissions";
import { canManageMedia } from "./library";
import type { MediaView } from "./media-view";
import { getMediaViews } from "./media-views";

/** An image as the editor's picker shows it: who uploaded it, and whether this person may describe it. */
export type EditorMediaItem = MediaView & { uploadedBy: string | null; canManage: boolean };

/** How many of the newest uploads the editor offers for the featured image. */
const RECENT = 30;

/**
 * The images the editor shows and offers: the article's own (body images, then the
 * featured image) first, then the newest uploads. Any newsroom user may use any image of
 * the library, so this needs no permission check beyond seeing the article.
 */
export async function getEditorMedia(
  actor: Actor,
  body: unknown,
  featuredImageId: string | null,
): Promise<EditorMediaItem[]> {
  const own = docMediaIds(body);
  if (featuredImageId) own.push(featuredImageId.toLowerCase());
  const recent = await db.media.findMany({
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: RECENT,
    select: { id: true },
  });
  const ids = [...new Set([...own, ...recent.map((row) => row.id)])];
  const views = await getMediaViews(ids);
  const uploaders = await db.media.findMany({
    where: { id: { in: [...views.keys()] } },
    select: { id: true, uploadedById: true, uploadedBy: { select: { name: true } } },
  });
  const byId = new Map(uploaders.map((row) => [row.id, row]));
  return ids.flatMap((id) => {
    const view = views.get(id);
    const row = byId.get(id);
    if (!view) return [];
    const uploadedById = row?.uploadedById ?? null;
    return [
      {
        ...view,
        uploadedBy: row?.uploadedBy?.name ?? null,
        canManage: canManageMedia(actor, uploadedById),
      },
    ];
  });
}
