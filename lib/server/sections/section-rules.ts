import "server-only";
import { tagsForSections } from "@/lib/cache-tags";
import { slugOrEmpty } from "@/lib/content/slug";
import { AppError, refusalOf } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { MAX_SECTION_SLUG, type SectionRefusal, type TCreateSection } from "@/lib/schemas/sections";
import type { Actor } from "@/lib/workflow/permissions";
import { recordAudit } from "../audit/record-audit";
import { invalidateTags } from "../cache/reader-cache";

type Tx = Prisma.TransactionClient;

/**
 * The advisory lock every section change takes (pg_advisory_xact_lock): names are unique
 * by this check rather than by a constraint (older data and tests repeat names), and
 * positions stay dense (0, 1, 2…) only if two reorders never interleave.
 */
const SECTIONS_LOCK = 4343;

export async function lockSections(tx: Tx): Promise<void> {
  await tx.$executeRaw`select pg_advisory_xact_lock(${SECTIONS_LOCK})`;
}

/** A section refusal with its finer `reason` (and its field, and any counts). */
export const sectionRefusal = refusalOf<SectionRefusal>();

export async function findSectionOrThrow(tx: Tx, id: string) {
  const section = await tx.section.findUnique({ where: { id } });
  if (!section) throw new AppError("NOT_FOUND", "There is no such section.");
  return section;
}

/**
 * The address a section gets: the typed slug, or the Traditional name, written in Latin
 * letters (pinyin for Chinese, as article slugs are).
 */
export function sectionSlug(input: Pick<TCreateSection, "slug" | "name">): string {
  // A name makes a short address; a typed slug is kept whole (up to the length limit).
  const slug = input.slug
    ? slugOrEmpty(input.slug, { maxWords: MAX_SECTION_SLUG })
    : slugOrEmpty(input.name, { maxWords: 6 });
  if (!slug)
    throw sectionRefusal(
      "INVALID_INPUT",
      "slugEmpty",
      "That slug has no letters or digits once written in Latin letters; type one, such as sport.",
      "slug",
    );
  return slug;
}

/**
 * Refuses a name, Simplified name, English name or slug another section already has (an
 * old slug of another section counts: it still answers for that one), and desk heads who
 * are not active editors or admins. Call under `lockSections`. Answers the slug to store.
 */
export async function checkSectionFields(
  tx: Tx,
  input: TCreateSection,
  ownId: string | null,
): Promise<string> {
  const slug = sectionSlug(input);
  const others = ownId ? { id: { not: ownId } } : {};
  const taken = async (where: Prisma.SectionWhereInput) =>
    (await tx.section.count({ where: { ...others, ...where } })) > 0;
  if (await taken({ name: input.name }))
    throw sectionRefusal("CONFLICT", "nameTaken", "Another section already has that name.", "name");
  if (input.nameHans && (await taken({ nameHans: input.nameHans })))
    throw sectionRefusal(
      "CONFLICT",
      "nameHansTaken",
      "Another section already has that Simplified name.",
      "nameHans",
    );
  if (await taken({ nameEn: { equals: input.nameEn, mode: "insensitive" } }))
    throw sectionRefusal(
      "CONFLICT",
      "nameEnTaken",
      "Another section already has that English name.",
      "nameEn",
    );
  const oldSlugOfAnother = await tx.sectionRedirect.count({
    where: { fromSlug: slug, ...(ownId ? { sectionId: { not: ownId } } : {}) },
  });
  if (oldSlugOfAnother > 0 || (await taken({ slug })))
    throw sectionRefusal(
      "CONFLICT",
      "slugTaken",
      `Another section already answers at /sections/${slug}; choose another slug.`,
      "slug",
    );
  await checkDeskHeads(tx, input.headIds);
  return slug;
}

/** Desk heads review the desk's stories, so they must be active editors or admins. */
async function checkDeskHeads(tx: Tx, headIds: readonly string[]): Promise<void> {
  if (headIds.length === 0) return;
  const eligible = await tx.user.count({
    where: { id: { in: [...headIds] }, isActive: true, role: { in: ["EDITOR", "ADMIN"] } },
  });
  if (eligible !== headIds.length)
    throw sectionRefusal(
      "INVALID_INPUT",
      "headNotEditor",
      "Desk heads must be active editors or admins.",
      "headIds",
    );
}

/** Makes the desk heads exactly `headIds` (checked by `checkSectionFields`). */
export async function setDeskHeads(tx: Tx, sectionId: string, headIds: readonly string[]) {
  await tx.sectionHead.deleteMany({ where: { sectionId, userId: { notIn: [...headIds] } } });
  await tx.sectionHead.createMany({
    data: headIds.map((userId) => ({ sectionId, userId })),
    skipDuplicates: true,
  });
}

/** A unique violation that slipped past the checks (a race on the slug): one sentence. */
export function slugRace(error: unknown): never {
  if ((error as { code?: string }).code === "P2002")
    throw sectionRefusal(
      "CONFLICT",
      "slugTaken",
      "Another section took that slug a moment ago; choose another slug.",
      "slug",
    );
  throw error;
}

/**
 * After a committed change: the audit entry, and every reader page dropped on every
 * instance (the navigation is on all of them; the cache channel tells the others).
 */
export async function sectionChanged(
  actor: Actor,
  sectionId: string,
  change: string,
  ip: string | null,
  details: Record<string, string | number | null> = {},
): Promise<void> {
  await recordAudit({
    actorId: actor.id,
    action: "taxonomy.manage",
    outcome: "ALLOWED",
    resourceType: "section",
    resourceId: sectionId,
    ip,
    details: { change, ...details },
  });
  invalidateTags(tagsForSections([sectionId]));
}
