import "server-only";
import { tagsForContributors } from "@/lib/cache-tags";
import type { Tx } from "./contributor-rules";
import { invalidateTags } from "../cache/reader-cache";

type Credited = { id: string; name: string; slug: string; kind: string };
export type LiveArticle = { id: string; slug: string };

/** The live articles whose published bylines credit `contributorId` (to drop their pages). */
export async function liveArticlesCrediting(tx: Tx, contributorId: string): Promise<LiveArticle[]> {
  return tx.$queryRaw<LiveArticle[]>`
    select "articleId" as id, slug from "PublishedVersion"
     where "isLive" and ${contributorId}::uuid = any("contributorIds")`;
}

/**
 * Published snapshots freeze each byline as { contributorId, name, slug, kind, role }, and
 * list `contributorIds` for the contributor pages. A profile edit or a merge rewrites every
 * snapshot that credits `fromId` so it credits `to` as it is now: the byline links to the
 * live address, and a merged contributor's articles list under the one kept. A byline
 * the snapshot would then hold twice (same person, same role) is kept once, the first.
 */
export async function rewriteSnapshotBylines(tx: Tx, fromId: string, to: Credited): Promise<void> {
  const patch = JSON.stringify({
    contributorId: to.id,
    name: to.name,
    slug: to.slug,
    kind: to.kind,
  });
  await tx.$executeRaw`
    update "PublishedVersion" pv set
      "contributorIds" = (
        select coalesce(array_agg(u.id order by u.first), '{}')
          from (select id, min(ord) as first
                  from unnest(array_replace(pv."contributorIds", ${fromId}::uuid, ${to.id}::uuid))
                       with ordinality as x(id, ord)
                 group by id) u),
      bylines = (
        select coalesce(jsonb_agg(d.e order by d.ord), '[]'::jsonb)
          from (select r.e, r.ord,
                       row_number() over (partition by r.e->>'contributorId', r.e->>'role'
                                          order by r.ord) as n
                  from (select case when b.e->>'contributorId' = ${fromId}
                                    then b.e || ${patch}::jsonb else b.e end as e,
                               b.ord
                          from jsonb_array_elements(pv.bylines) with ordinality as b(e, ord)) r) d
         where d.n = 1)
    where ${fromId}::uuid = any(pv."contributorIds") and jsonb_typeof(pv.bylines) = 'array'`;
}

/** After a committed change: every reader page and feed that shows these contributors. */
export function invalidateContributors(change: Parameters<typeof tagsForContributors>[0]): void {
  invalidateTags(tagsForContributors(change));
}
