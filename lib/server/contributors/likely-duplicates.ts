import "server-only";
import { toSimplified, toTraditional } from "@/lib/content/script-convert";
import { db } from "@/lib/db";

export type LikelyDuplicate = { slug: string; name: string; bylineCount: number };

/**
 * Contributors who may be the same person or outlet as this one, offered beside the merge
 * field so nobody has to look up an address: the same name in the other script (王賀 /
 * 王贺), one name inside the other (王賀 / 記者王賀), or a numbered slug (wang-he /
 * wang-he-2). At most ten, closest in length first. The caller has checked the permission.
 */
export async function likelyDuplicates(contributor: {
  id: string;
  name: string;
  slug: string;
}): Promise<LikelyDuplicate[]> {
  const names = [
    ...new Set([contributor.name, toSimplified(contributor.name), toTraditional(contributor.name)]),
  ].map((name) => name.toLowerCase());
  const rows = await db.$queryRaw<{ slug: string; name: string; bylines: bigint }[]>`
    select c.slug, c.name, (select count(*) from "Byline" b where b."contributorId" = c.id) as bylines
      from "Contributor" c
     where c.id <> ${contributor.id}::uuid
       and (exists (select 1 from unnest(${names}::text[]) n
                     where position(n in lower(c.name)) > 0 or position(lower(c.name) in n) > 0)
            or c.slug like ${contributor.slug} || '-%'
            or ${contributor.slug} like c.slug || '-%')
     order by abs(length(c.name) - ${contributor.name.length}), c.name, c.id
     limit 10`;
  return rows.map((row) => ({ slug: row.slug, name: row.name, bylineCount: Number(row.bylines) }));
}
