import "server-only";
import { db } from "@/lib/db";
import type { TUpdateContributor } from "@/lib/schemas/contributors";
import type { Actor } from "@/lib/workflow/permissions";
import {
  auditContributor,
  authorizeContributors,
  checkContributorFields,
  contributorRace,
  findContributorOrThrow,
  lockContributors,
} from "./contributor-rules";
import {
  invalidateContributors,
  liveArticlesCrediting,
  rewriteSnapshotBylines,
} from "./published-bylines";

/**
 * Saves a contributor's profile (`contributor.manage`). A new slug keeps the old address
 * answering: /contributors/<old> redirects (301) to the new one. Published bylines follow
 * the new name and address, and the pages that show them are dropped. Refusals as
 * `createContributorProfile`, plus NOT_FOUND; nothing is written on any of them.
 */
export async function updateContributor(
  actor: Actor,
  input: TUpdateContributor,
  ip: string | null = null,
): Promise<{ slug: string }> {
  const { contributorId } = input;
  await authorizeContributors(actor, ip, contributorId);
  const { slug, oldSlug, articles } = await db
    .$transaction(async (tx) => {
      await lockContributors(tx);
      const current = await findContributorOrThrow(tx, contributorId);
      const slug = await checkContributorFields(tx, input, contributorId);
      if (slug !== current.slug) {
        // Back to one of its own old addresses: that one is live again, not a redirect.
        await tx.contributorRedirect.deleteMany({ where: { fromSlug: slug, contributorId } });
        await tx.contributorRedirect.create({ data: { fromSlug: current.slug, contributorId } });
      }
      const saved = await tx.contributor.update({
        where: { id: contributorId },
        data: {
          slug,
          name: input.name,
          kind: input.kind,
          jobTitle: input.jobTitle,
          bio: input.bio,
          photoId: input.photoId,
          links: input.links,
          userId: input.userId,
        },
        select: { id: true, name: true, slug: true, kind: true },
      });
      const articles = await liveArticlesCrediting(tx, contributorId);
      await rewriteSnapshotBylines(tx, contributorId, saved);
      return { slug, oldSlug: current.slug, articles };
    })
    .catch(contributorRace);
  await auditContributor(actor, contributorId, "update", ip, {
    slug,
    ...(oldSlug !== slug ? { oldSlug } : {}),
  });
  invalidateContributors({ ids: [contributorId], slugs: [slug, oldSlug], articles });
  return { slug };
}
