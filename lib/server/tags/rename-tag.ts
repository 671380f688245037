import "server-only";
import { db } from "@/lib/db";
import type { TRenameTag } from "@/lib/schemas/tags";
import type { Actor } from "@/lib/workflow/permissions";
import { authorize } from "../auth/authorize";
import { liveArticlesWithTags } from "./tag-articles";
import {
  findSameName,
  findTagOrThrow,
  isSlugTaken,
  lockTags,
  tagChanged,
  tagRefusal,
  tagSlugOf,
  tagsForTagChange,
} from "./tag-rules";

/**
 * Renames a tag and/or changes its address (`taxonomy.manage`). A new slug leaves the old
 * one answering 301 at /tags/<old>. Refusals, with nothing written:
 * - CONFLICT `nameTaken`: another tag has this name in either script (merge them instead);
 * - CONFLICT `slugTaken`: another tag answers at that address, now or as an old one;
 * - INVALID_INPUT `slugEmpty`: nothing left of the slug (or name) in Latin letters;
 * - NOT_FOUND for an unknown tag.
 */
export async function renameTag(
  actor: Actor,
  input: TRenameTag,
  ip: string | null = null,
): Promise<{ slug: string }> {
  await authorize(actor, "taxonomy.manage", { resourceType: "tag", resourceId: input.tagId, ip });
  const { tagId } = input;
  const slug = tagSlugOf(input.slug || input.name, input.slug !== "");
  const { oldSlug, oldName } = await db.$transaction(async (tx) => {
    await lockTags(tx);
    const current = await findTagOrThrow(tx, tagId);
    if (await findSameName(tx, input.name, tagId))
      throw tagRefusal(
        "CONFLICT",
        "nameTaken",
        "Another tag already has that name (in one script or the other); merge the two instead.",
        "name",
      );
    if (await isSlugTaken(tx, slug, tagId))
      throw tagRefusal(
        "CONFLICT",
        "slugTaken",
        `Another tag already answers at /tags/${slug}; choose another slug.`,
        "slug",
      );
    if (slug !== current.slug) {
      // Back to one of its own old addresses: that one is live again, not a redirect.
      await tx.tagRedirect.deleteMany({ where: { fromSlug: slug, tagId } });
      await tx.tagRedirect.create({ data: { fromSlug: current.slug, tagId } });
    }
    await tx.tag.update({ where: { id: tagId }, data: { name: input.name, slug } });
    return { oldSlug: current.slug, oldName: current.name };
  });
  // Every live story carrying the tag shows its name and links to its address.
  const articles = await liveArticlesWithTags([tagId]);
  await tagChanged(
    actor,
    tagId,
    "rename",
    ip,
    { name: input.name, slug, oldName, ...(oldSlug !== slug ? { oldSlug } : {}) },
    tagsForTagChange([tagId], articles),
  );
  return { slug };
}
