import "server-only";
import { db } from "@/lib/db";
import type { TDeleteContributor } from "@/lib/schemas/contributors";
import type { Actor } from "@/lib/workflow/permissions";
import {
  auditContributor,
  authorizeContributors,
  contributorRefusal,
  findContributorOrThrow,
  lockContributors,
} from "./contributor-rules";
import { invalidateContributors } from "./published-bylines";

/**
 * Deletes a contributor no byline names (`contributor.manage`), with its old addresses.
 *
 * - CONFLICT (`reason` contributorHasBylines, with `count`) while any article, in any
 *   state, credits them: deleting would silently drop the credit. Merge them instead.
 * - NOT_FOUND for an unknown contributor.
 */
export async function deleteContributor(
  actor: Actor,
  input: TDeleteContributor,
  ip: string | null = null,
): Promise<{ slug: string }> {
  await authorizeContributors(actor, ip, input.contributorId);
  const slug = await db.$transaction(async (tx) => {
    await lockContributors(tx);
    const contributor = await findContributorOrThrow(tx, input.contributorId);
    const refuse = (count: number) =>
      contributorRefusal(
        "CONFLICT",
        "contributorHasBylines",
        `This contributor has ${count} ${count === 1 ? "byline" : "bylines"}; merge them into another contributor instead.`,
        undefined,
        { count },
      );
    // Credits on live updates count as bylines: deleting would drop them from the record.
    const credits = () =>
      Promise.all([
        tx.byline.count({ where: { contributorId: contributor.id } }),
        tx.liveUpdateAuthor.count({ where: { contributorId: contributor.id } }),
      ]).then(([bylines, updates]) => bylines + updates);
    const count = await credits();
    if (count > 0) throw refuse(count);
    // The emptiness in the WHERE: a byline added a moment ago still counts.
    const { count: deleted } = await tx.contributor.deleteMany({
      where: { id: contributor.id, bylines: { none: {} }, liveUpdates: { none: {} } },
    });
    if (deleted === 0) throw refuse(await credits());
    return contributor.slug;
  });
  await auditContributor(actor, input.contributorId, "delete", ip, { slug });
  invalidateContributors({ ids: [input.contributorId], slugs: [slug], articles: [] });
  return { slug };
}
