import "server-only";
import { db } from "@/lib/db";
import type { TCreateContributor } from "@/lib/schemas/contributors";
import type { Actor } from "@/lib/workflow/permissions";
import {
  auditContributor,
  authorizeContributors,
  checkContributorFields,
  contributorRace,
  lockContributors,
} from "./contributor-rules";
import { invalidateContributors } from "./published-bylines";

/**
 * A new contributor with a whole profile (`contributor.manage`: editors and admins), from
 * /newsroom/contributors. (Reporters add bare ones inline from a byline: createContributor.)
 *
 * - FORBIDDEN (audited) for anyone else.
 * - CONFLICT (`reason` slugTaken, userTaken) for an address another contributor answers
 *   at, now or before a rename, or a user account that has a profile already;
 *   INVALID_INPUT (`slugEmpty`, `userMissing`, `photoNotImage`). Nothing is written on
 *   any refusal: one transaction.
 */
export async function createContributorProfile(
  actor: Actor,
  input: TCreateContributor,
  ip: string | null = null,
): Promise<{ id: string; slug: string }> {
  await authorizeContributors(actor, ip);
  const created = await db
    .$transaction(async (tx) => {
      await lockContributors(tx);
      const slug = await checkContributorFields(tx, input, null);
      return tx.contributor.create({
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
        select: { id: true, slug: true },
      });
    })
    .catch(contributorRace);
  await auditContributor(actor, created.id, "create", ip, { slug: created.slug });
  // A 404 for this address may have been cached before it existed.
  invalidateContributors({ ids: [created.id], slugs: [created.slug], articles: [] });
  return created;
}
