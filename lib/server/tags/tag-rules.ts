import "server-only";
import { cacheTags } from "@/lib/cache-tags";
import { slugOrEmpty } from "@/lib/content/slug";
import { tagNameKey, tagQuery } from "@/lib/content/tag-match";
import { AppError, refusalOf } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { MAX_TAG_SLUG, type TagRefusal } from "@/lib/schemas/tags";
import type { Actor } from "@/lib/workflow/permissions";
import { recordAudit } from "../audit/record-audit";
import { invalidateTags } from "../cache/reader-cache";

type Tx = Prisma.TransactionClient;

/**
 * The advisory lock every tag change takes (pg_advisory_xact_lock): names are unique
 * across scripts by this check (復工 and 复工 are one tag), which no constraint can say.
 */
const TAGS_LOCK = 4344;

export async function lockTags(tx: Tx): Promise<void> {
  await tx.$executeRaw`select pg_advisory_xact_lock(${TAGS_LOCK})`;
}

/** A tag refusal with its finer `reason` (and its field, and any counts). */
export const tagRefusal = refusalOf<TagRefusal>();

export async function findTagOrThrow(tx: Tx, id: string) {
  const tag = await tx.tag.findUnique({ where: { id } });
  if (!tag) throw new AppError("NOT_FOUND", "There is no such tag.");
  return tag;
}

/** The tag whose name is `name` in either script (case and width aside), other than `ownId`. */
export async function findSameName(tx: Tx, name: string, ownId: string | null = null) {
  const key = tagNameKey(name);
  const candidates = await tx.tag.findMany({
    where: {
      OR: tagQuery(name).names.map((form) => ({
        name: { equals: form, mode: "insensitive" as const },
      })),
      ...(ownId ? { id: { not: ownId } } : {}),
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, name: true, slug: true },
  });
  return candidates.find((tag) => tagNameKey(tag.name) === key) ?? null;
}

/** `text` as a tag address (pinyin for Chinese), or the one-sentence refusal. */
export function tagSlugOf(text: string, typed: boolean): string {
  const slug = slugOrEmpty(text, { maxWords: typed ? MAX_TAG_SLUG : 6 });
  if (!slug)
    throw tagRefusal(
      "INVALID_INPUT",
      "slugEmpty",
      "That name has no letters or digits once written in Latin letters, so it cannot make an address; type a slug, such as covid.",
      "slug",
    );
  return slug;
}

/** Whether `slug` answers for a tag other than `ownId`, now or as an old address. */
export async function isSlugTaken(tx: Tx, slug: string, ownId: string | null): Promise<boolean> {
  const [live, old] = await Promise.all([
    tx.tag.count({ where: { slug, ...(ownId ? { id: { not: ownId } } : {}) } }),
    tx.tagRedirect.count({
      where: { fromSlug: slug, ...(ownId ? { tagId: { not: ownId } } : {}) },
    }),
  ]);
  return live + old > 0;
}

/** The reader caches a tag change drops: the tags' pages and listings (`home`), feeds, sitemaps. */
export function tagsForTagChange(
  tagIds: readonly string[],
  articles: readonly { id: string; slug: string }[] = [],
): string[] {
  return [
    cacheTags.home,
    cacheTags.feeds,
    cacheTags.sitemaps,
    ...tagIds.map(cacheTags.tag),
    ...articles.flatMap((article) => [cacheTags.article(article.id), cacheTags.slug(article.slug)]),
  ];
}

/** After a committed change: the audit entry, and the reader caches it touched dropped. */
export async function tagChanged(
  actor: Actor,
  tagId: string,
  change: string,
  ip: string | null,
  details: Record<string, string | number | null>,
  caches: readonly string[],
): Promise<void> {
  await recordAudit({
    actorId: actor.id,
    action: change === "create" ? "tag.create" : "taxonomy.manage",
    outcome: "ALLOWED",
    resourceType: "tag",
    resourceId: tagId,
    ip,
    details: { change, ...details },
  });
  invalidateTags(caches);
}
