import "server-only";
import { db } from "@/lib/db";
import { type Actor } from "@/lib/workflow/permissions";
import { loadViewableArticle } from "./viewable-article";

/** A heartbeat older than this means the person has closed the article. */
export const PRESENCE_TTL_MS = 30_000;

/**
 * Records that `actor` has the article open and returns who else does: the editor shows
 * "李榕 is editing". One upsert per heartbeat; stale rows are simply ignored.
 */
export async function heartbeat(actor: Actor, articleId: string): Promise<Array<{ name: string }>> {
  await loadViewableArticle(actor, articleId);
  const now = new Date();
  await db.editingPresence.upsert({
    where: { articleId_userId: { articleId, userId: actor.id } },
    update: { lastSeenAt: now },
    create: { articleId, userId: actor.id, lastSeenAt: now },
  });
  const others = await db.editingPresence.findMany({
    where: {
      articleId,
      userId: { not: actor.id },
      lastSeenAt: { gt: new Date(now.getTime() - PRESENCE_TTL_MS) },
    },
    select: { user: { select: { name: true } } },
    orderBy: { lastSeenAt: "desc" },
  });
  return others.map((row) => ({ name: row.user.name }));
}
