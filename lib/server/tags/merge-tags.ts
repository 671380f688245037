import "server-only";
import { db } from "@/lib/db";
import type { TMergeTags } from "@/lib/schemas/tags";
import type { Actor } from "@/lib/workflow/permissions";
import { authorize } from "../auth/authorize";
import { liveArticlesWithTags } from "./tag-articles";
import { findTagOrThrow, lockTags, tagChanged, tagRefusal, tagsForTagChange } from "./tag-rules";

/**
 * Merges one tag into another (`taxonomy.manage`), in one transaction: every story of the
 * source (working copies and every published version) carries the target instead, once
 * even where it had both; the source's address and its old ones answer 301 to the target;
 * the source is deleted. Refusals, with nothing written: INVALID_INPUT `mergeIntoItself`,
 * NOT_FOUND for an unknown tag.
 */
export async function mergeTags(
  actor: Actor,
  input: TMergeTags,
  ip: string | null = null,
): Promise<{ slug: string; moved: number }> {
  const { sourceId, targetId } = input;
  await authorize(actor, "taxonomy.manage", { resourceType: "tag", resourceId: sourceId, ip });
  if (sourceId === targetId)
    throw tagRefusal(
      "INVALID_INPUT",
      "mergeIntoItself",
      "A tag cannot be merged into itself; choose another tag.",
      "targetId",
    );
  // Read before the move: afterwards these stories no longer name the source.
  const articles = await liveArticlesWithTags([sourceId]);
  const { source, target, moved } = await db.$transaction(async (tx) => {
    await lockTags(tx);
    const source = await findTagOrThrow(tx, sourceId);
    const target = await findTagOrThrow(tx, targetId);
    // Stories that already have the target keep their own link; the rest change theirs.
    await tx.$executeRaw`
      delete from "ArticleTag" s using "ArticleTag" t
       where s."tagId" = ${sourceId}::uuid and t."tagId" = ${targetId}::uuid
         and t."articleId" = s."articleId"`;
    const moved = await tx.$executeRaw`
      update "ArticleTag" set "tagId" = ${targetId}::uuid where "tagId" = ${sourceId}::uuid`;
    // Published versions keep their order of tags; the target appears once, where it came first.
    await tx.$executeRaw`
      update "PublishedVersion" v set "tagIds" = (
        select array_agg(id order by first) from (
          select id, min(n) as first from (
            select case when t = ${sourceId}::uuid then ${targetId}::uuid else t end as id, n
              from unnest(v."tagIds") with ordinality as u(t, n)
          ) swapped group by id
        ) deduped)
       where ${sourceId}::uuid = any(v."tagIds")`;
    await tx.tagRedirect.updateMany({ where: { tagId: sourceId }, data: { tagId: targetId } });
    await tx.tag.delete({ where: { id: sourceId } });
    await tx.tagRedirect.create({
      data: { fromSlug: source.slug, tagId: targetId, fromTagId: sourceId },
    });
    return { source, target, moved };
  });
  await tagChanged(
    actor,
    targetId,
    "merge",
    ip,
    { from: source.name, fromSlug: source.slug, fromId: sourceId, moved },
    tagsForTagChange([sourceId, targetId], articles),
  );
  return { slug: target.slug, moved };
}
