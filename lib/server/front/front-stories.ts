import "server-only";
import { db } from "@/lib/db";
import type { FrontStory } from "@/lib/schemas/front";

/**
 * The stories with these ids as the front editor shows them, in the order asked: the
 * headline readers see (the live snapshot's, else the working copy's) and whether it is
 * live now. Unknown ids are left out.
 */
export async function loadFrontStories(ids: readonly string[]): Promise<FrontStory[]> {
  if (ids.length === 0) return [];
  const rows = await db.article.findMany({
    where: { id: { in: [...new Set(ids)] } },
    select: {
      id: true,
      headline: true,
      status: true,
      sectionId: true,
      section: { select: { name: true } },
      liveVersion: { select: { headline: true } },
    },
  });
  const byId = new Map(
    rows.map((row) => [
      row.id,
      {
        id: row.id,
        headline: row.liveVersion?.headline ?? row.headline,
        sectionId: row.sectionId,
        sectionName: row.section?.name ?? null,
        isLive: row.status === "PUBLISHED" && row.liveVersion !== null,
      } satisfies FrontStory,
    ]),
  );
  return ids.flatMap((id) => byId.get(id) ?? []);
}
