import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * The tags a save names, as they are now. An editor opened before a desk merged or deleted
 * a tag still sends the old id: a merged tag becomes the tag it went into (TagRedirect
 * keeps the merged id), a deleted one (only unused tags can be) is dropped, and each tag
 * appears once, where it first came. Without this the save would fail on the missing row.
 */
export async function currentTagIds(
  tx: Prisma.TransactionClient,
  ids: readonly string[],
): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await tx.tag.findMany({ where: { id: { in: [...ids] } }, select: { id: true } });
  const existing = new Set(rows.map((row) => row.id));
  const missing = ids.filter((id) => !existing.has(id));
  const mergedInto = new Map<string, string>();
  if (missing.length > 0) {
    const redirects = await tx.tagRedirect.findMany({
      where: { fromTagId: { in: missing } },
      select: { fromTagId: true, tagId: true },
    });
    for (const redirect of redirects) mergedInto.set(redirect.fromTagId!, redirect.tagId);
  }
  const current: string[] = [];
  for (const id of ids) {
    const now = existing.has(id) ? id : mergedInto.get(id);
    if (now && !current.includes(now)) current.push(now);
  }
  return current;
}
