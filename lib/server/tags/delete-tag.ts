import "server-only";
import { db } from "@/lib/db";
import type { TDeleteTag } from "@/lib/schemas/tags";
import type { Actor } from "@/lib/workflow/permissions";
import { authorize } from "../auth/authorize";
import { storiesUsingTag } from "./tag-articles";
import { findTagOrThrow, lockTags, tagChanged, tagRefusal, tagsForTagChange } from "./tag-rules";

/**
 * Deletes an unused tag (`taxonomy.manage`) with its old addresses.
 * - CONFLICT (`reason` tagInUse, with `count`) while any story uses it, in its working
 *   copy or live: deleting would silently untag them. Merge it into another tag instead.
 * - NOT_FOUND for an unknown tag.
 */
export async function deleteTag(
  actor: Actor,
  input: TDeleteTag,
  ip: string | null = null,
): Promise<{ slug: string }> {
  await authorize(actor, "taxonomy.manage", { resourceType: "tag", resourceId: input.tagId, ip });
  const tag = await db.$transaction(async (tx) => {
    await lockTags(tx);
    const tag = await findTagOrThrow(tx, input.tagId);
    // Saves do not take the tags' lock: lock the tag's row, so a story tagged a moment
    // ago either counts here or fails its save on the missing tag, never dangles.
    await tx.$executeRaw`select 1 from "Tag" where id = ${tag.id}::uuid for update`;
    const count = await storiesUsingTag(tx, tag.id);
    if (count > 0)
      throw tagRefusal(
        "CONFLICT",
        "tagInUse",
        `This tag is on ${count} ${count === 1 ? "story" : "stories"}; merge it into another tag instead.`,
        undefined,
        { count },
      );
    await tx.tag.delete({ where: { id: tag.id } });
    return tag;
  });
  await tagChanged(
    actor,
    tag.id,
    "delete",
    ip,
    { name: tag.name, slug: tag.slug },
    tagsForTagChange([tag.id]),
  );
  return { slug: tag.slug };
}
