import "server-only";
import { db } from "@/lib/db";
import type { TMergeContributor } from "@/lib/schemas/contributors";
import type { Actor } from "@/lib/workflow/permissions";
import {
  auditContributor,
  authorizeContributors,
  contributorRefusal,
  findContributorOrThrow,
  lockContributors,
  type Tx,
} from "./contributor-rules";
import {
  invalidateContributors,
  liveArticlesCrediting,
  rewriteSnapshotBylines,
} from "./published-bylines";

/** The contributor kept: named by its address, or by one of its old addresses. */
async function findTarget(tx: Tx, slug: string) {
  const target =
    (await tx.contributor.findUnique({ where: { slug } })) ??
    (
      await tx.contributorRedirect.findUnique({
        where: { fromSlug: slug },
        select: { contributor: true },
      })
    )?.contributor;
  if (!target)
    throw contributorRefusal(
      "INVALID_INPUT",
      "mergeTargetMissing",
      `No contributor answers at /contributors/${slug}; copy the address from the list.`,
      "targetSlug",
    );
  return target;
}

/**
 * Merges a duplicate contributor into the one kept (`contributor.manage`), in one
 * transaction: every byline moves to the one kept (a byline it already has on the same
 * article in the same role is dropped, not doubled), published bylines follow, the
 * duplicate's addresses (its own and its old ones) answer 301 to the one kept, a linked
 * user account moves over when the one kept has none, and the duplicate is deleted.
 *
 * - INVALID_INPUT (`mergeIntoItself`) when both are the same; (`mergeTargetMissing`)
 *   when no contributor answers at `targetSlug`. NOT_FOUND for an unknown duplicate.
 */
export async function mergeContributor(
  actor: Actor,
  input: TMergeContributor,
  ip: string | null = null,
): Promise<{ slug: string; moved: number }> {
  await authorizeContributors(actor, ip, input.contributorId);
  const result = await db.$transaction(async (tx) => {
    await lockContributors(tx);
    const source = await findContributorOrThrow(tx, input.contributorId);
    const target = await findTarget(tx, input.targetSlug);
    if (target.id === source.id)
      throw contributorRefusal(
        "INVALID_INPUT",
        "mergeIntoItself",
        "A contributor cannot be merged into itself; choose the other profile.",
        "targetSlug",
      );
    const articles = await liveArticlesCrediting(tx, source.id);
    await tx.$executeRaw`
      delete from "Byline" s using "Byline" t
       where s."contributorId" = ${source.id}::uuid and t."contributorId" = ${target.id}::uuid
         and t."articleId" = s."articleId" and t.role = s.role`;
    const { count: moved } = await tx.byline.updateMany({
      where: { contributorId: source.id },
      data: { contributorId: target.id },
    });
    await rewriteSnapshotBylines(tx, source.id, target);
    // Live updates they were credited on credit the one kept (once, where both were).
    await tx.$executeRaw`
      delete from "LiveUpdateAuthor" s using "LiveUpdateAuthor" t
       where s."contributorId" = ${source.id}::uuid and t."contributorId" = ${target.id}::uuid
         and t."updateId" = s."updateId"`;
    await tx.liveUpdateAuthor.updateMany({
      where: { contributorId: source.id },
      data: { contributorId: target.id },
    });
    await tx.contributorRedirect.updateMany({
      where: { contributorId: source.id },
      data: { contributorId: target.id },
    });
    await tx.contributor.delete({ where: { id: source.id } });
    await tx.contributorRedirect.create({
      data: { fromSlug: source.slug, contributorId: target.id },
    });
    if (source.userId && !target.userId)
      await tx.contributor.update({ where: { id: target.id }, data: { userId: source.userId } });
    return { source, target, moved, articles };
  });
  const { source, target, moved, articles } = result;
  await auditContributor(actor, source.id, "merge", ip, {
    slug: source.slug,
    into: target.id,
    intoSlug: target.slug,
    moved,
  });
  invalidateContributors({
    ids: [source.id, target.id],
    slugs: [source.slug, target.slug],
    articles,
  });
  return { slug: target.slug, moved };
}
