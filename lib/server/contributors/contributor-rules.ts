import "server-only";
import { slugOrEmpty } from "@/lib/content/slug";
import { AppError, refusalOf } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import {
  MAX_CONTRIBUTOR_SLUG,
  type ContributorRefusal,
  type TCreateContributor,
} from "@/lib/schemas/contributors";
import type { Actor } from "@/lib/workflow/permissions";
import { recordAudit } from "../audit/record-audit";
import { authorize } from "../auth/authorize";

export type Tx = Prisma.TransactionClient;

/**
 * The advisory lock every profile change takes (pg_advisory_xact_lock): a slug is free
 * only when no contributor has it and no old address names it, which no single unique
 * constraint covers, and a merge must not interleave with an edit of either side.
 */
const CONTRIBUTORS_LOCK = 4344;

export async function lockContributors(tx: Tx): Promise<void> {
  await tx.$executeRaw`select pg_advisory_xact_lock(${CONTRIBUTORS_LOCK})`;
}

/** `contributor.manage` (editors and admins), refused and audited for anyone else. */
export function authorizeContributors(
  actor: Actor,
  ip: string | null,
  contributorId?: string,
): Promise<void> {
  return authorize(actor, "contributor.manage", {
    resourceType: "contributor",
    ...(contributorId ? { resourceId: contributorId } : {}),
    ip,
  });
}

/** A contributor refusal with its finer `reason` (and its field, and any counts). */
export const contributorRefusal = refusalOf<ContributorRefusal>();

export async function findContributorOrThrow(tx: Tx, id: string) {
  const contributor = await tx.contributor.findUnique({ where: { id } });
  if (!contributor) throw new AppError("NOT_FOUND", "There is no such contributor.");
  return contributor;
}

/** Whether /contributors/<slug> already answers for someone other than `ownId`. */
export async function contributorSlugTaken(
  tx: Tx,
  slug: string,
  ownId: string | null = null,
): Promise<boolean> {
  const others = ownId ? { not: ownId } : undefined;
  const [live, old] = await Promise.all([
    tx.contributor.count({ where: { slug, ...(others ? { id: others } : {}) } }),
    tx.contributorRedirect.count({
      where: { fromSlug: slug, ...(others ? { contributorId: others } : {}) },
    }),
  ]);
  return live + old > 0;
}

/**
 * Checks a profile under `lockContributors` and answers the slug to store: the typed one
 * (or the name's pinyin) free of other contributors' addresses, old ones included; a
 * linked user that exists and has no other profile; a photo that is an image in the
 * library. Each refusal names its field, so the form shows it there.
 */
export async function checkContributorFields(
  tx: Tx,
  input: TCreateContributor,
  ownId: string | null,
): Promise<string> {
  const slug = input.slug
    ? slugOrEmpty(input.slug, { maxWords: MAX_CONTRIBUTOR_SLUG })
    : slugOrEmpty(input.name, { maxWords: 6 });
  if (!slug)
    throw contributorRefusal(
      "INVALID_INPUT",
      "slugEmpty",
      "That slug has no letters or digits once written in Latin letters; type one, such as chen-da-wen.",
      "slug",
    );
  if (await contributorSlugTaken(tx, slug, ownId))
    throw contributorRefusal(
      "CONFLICT",
      "slugTaken",
      `Another contributor already answers at /contributors/${slug}; choose another slug.`,
      "slug",
    );
  if (input.userId) {
    const user = await tx.user.findUnique({
      where: { id: input.userId },
      select: { contributor: { select: { id: true } } },
    });
    if (!user)
      throw contributorRefusal(
        "INVALID_INPUT",
        "userMissing",
        "That user account does not exist.",
        "userId",
      );
    if (user.contributor && user.contributor.id !== ownId)
      throw contributorRefusal(
        "CONFLICT",
        "userTaken",
        "That user account already has another contributor profile.",
        "userId",
      );
  }
  if (input.photoId) {
    const photo = await tx.media.findUnique({
      where: { id: input.photoId },
      select: { mimeType: true },
    });
    if (!photo?.mimeType.startsWith("image/"))
      throw contributorRefusal(
        "INVALID_INPUT",
        "photoNotImage",
        "That photo is not an image in the media library.",
        "photoId",
      );
  }
  return slug;
}

/** A unique violation that slipped past the checks (a race): one sentence. */
export function contributorRace(error: unknown): never {
  if ((error as { code?: string }).code === "P2002")
    throw contributorRefusal(
      "CONFLICT",
      "slugTaken",
      "Another contributor took that slug or user account a moment ago; try again.",
      "slug",
    );
  throw error;
}

/** The audit entry of a committed change. */
export async function auditContributor(
  actor: Actor,
  contributorId: string,
  change: string,
  ip: string | null,
  details: Record<string, string | number | null> = {},
): Promise<void> {
  await recordAudit({
    actorId: actor.id,
    action: "contributor.manage",
    outcome: "ALLOWED",
    resourceType: "contributor",
    resourceId: contributorId,
    ip,
    details: { change, ...details },
  });
}
