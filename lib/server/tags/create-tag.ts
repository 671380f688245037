import "server-only";
import { uniqueSlug } from "@/lib/content/slug";
import { db } from "@/lib/db";
import type { TCreateTag, TagChoice } from "@/lib/schemas/tags";
import type { Actor } from "@/lib/workflow/permissions";
import { authorize } from "../auth/authorize";
import { findSameName, isSlugTaken, lockTags, tagChanged, tagSlugOf } from "./tag-rules";

/**
 * "Create tag …" from the editor's type-ahead (`tag.create`: anyone who writes). A tag
 * whose name is this one in either script (復工 for 复工) is answered instead of a
 * duplicate, with `created: false`. The address is the name in pinyin, made unique with
 * a suffix (two different names may read alike); a name with nothing left in Latin
 * letters (only symbols) is refused (INVALID_INPUT, `reason` slugEmpty).
 */
export async function createTag(
  actor: Actor,
  input: TCreateTag,
  ip: string | null = null,
): Promise<TagChoice & { created: boolean }> {
  await authorize(actor, "tag.create", { resourceType: "tag", ip });
  const base = tagSlugOf(input.name, false);
  const made = await db.$transaction(async (tx) => {
    await lockTags(tx);
    const existing = await findSameName(tx, input.name);
    if (existing) return { ...existing, created: false };
    const slug = await uniqueSlug(base, (candidate) => isSlugTaken(tx, candidate, null));
    const tag = await tx.tag.create({
      data: { name: input.name, slug },
      select: { id: true, name: true, slug: true },
    });
    return { ...tag, created: true };
  });
  // A new tag is on no reader page yet: only its (empty) address stops being a 404.
  if (made.created)
    await tagChanged(actor, made.id, "create", ip, { name: made.name, slug: made.slug }, []);
  return made;
}
