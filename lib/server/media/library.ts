import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { can, type Actor } from "@/lib/workflow/permissions";
import { visibleArticlesWhere } from "../articles/viewable-article";
import { authorize } from "../auth/authorize";
import { recordAudit } from "../audit/record-audit";
import { toMediaView } from "./media-views";
import type { MediaView } from "./media-view";
import { getMediaStorage } from "./storage";

export type LibraryItem = MediaView & {
  uploadedBy: string | null;
  uploadedById: string | null;
  usedIn: Array<{ id: string; headline: string; status: string }>;
};

export type LibraryFilter = {
  q?: string | undefined;
  type?: string | undefined;
  from?: Date | undefined;
  to?: Date | undefined;
  after?: { createdAt: Date; id: string } | undefined;
};

const TYPES: Record<string, string> = {
  jpeg: "image/jpeg",
  png: "image/png",
  webp: "image/webp",
  avif: "image/avif",
};
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * "Media library": newest first, searched by caption, credit, alt text, file name and uploader,
 * filtered by date and type, paged by keyset on (createdAt, id). Each item says where it
 * is used: live pages (public anyway), and the working copies this person may see.
 */
export async function listLibrary(
  actor: Actor,
  filter: LibraryFilter,
  limit = 48,
): Promise<{ items: LibraryItem[]; next: { createdAt: Date; id: string } | null }> {
  const q = filter.q?.trim().slice(0, 100);
  const where: Prisma.MediaWhereInput = {
    ...(q
      ? {
          OR: [
            { caption: { contains: q, mode: "insensitive" } },
            { credit: { contains: q, mode: "insensitive" } },
            { alt: { contains: q, mode: "insensitive" } },
            { fileName: { contains: q, mode: "insensitive" } },
            { uploadedBy: { name: { contains: q, mode: "insensitive" } } },
          ],
        }
      : {}),
    ...(filter.type && TYPES[filter.type] ? { mimeType: TYPES[filter.type]! } : {}),
    ...(filter.from || filter.to
      ? {
          createdAt: {
            ...(filter.from ? { gte: filter.from } : {}),
            ...(filter.to ? { lt: filter.to } : {}),
          },
        }
      : {}),
    ...(filter.after
      ? {
          AND: [
            {
              OR: [
                { createdAt: { lt: filter.after.createdAt } },
                { createdAt: filter.after.createdAt, id: { lt: filter.after.id } },
              ],
            },
          ],
        }
      : {}),
  };
  const rows = await db.media.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit + 1,
    include: {
      uploadedBy: { select: { name: true } },
      usages: {
        where: { article: visibleArticlesWhere(actor) },
        select: { article: { select: { id: true, headline: true, status: true } } },
      },
    },
  });
  const page = rows.slice(0, limit);
  const checksums = [...new Set(page.filter((m) => m.variantsReadyAt).map((m) => m.checksum))];
  const variants = checksums.length
    ? await db.mediaVariant.findMany({ where: { checksum: { in: checksums } } })
    : [];
  const live = await livePagesUsing(page.map((m) => m.id));
  const last = page.at(-1);
  return {
    items: page.map((media) => {
      const usedIn = new Map<string, { id: string; headline: string; status: string }>();
      for (const usage of media.usages) usedIn.set(usage.article.id, usage.article);
      for (const article of live.get(media.id) ?? []) usedIn.set(article.id, article);
      return {
        ...toMediaView(media, variants),
        uploadedBy: media.uploadedBy?.name ?? null,
        uploadedById: media.uploadedById,
        usedIn: [...usedIn.values()],
      };
    }),
    next: rows.length > limit && last ? { createdAt: last.createdAt, id: last.id } : null,
  };
}

/** Live pages showing these images (body or featured), which the working copies may no longer name. */
async function livePagesUsing(ids: string[]) {
  const found = new Map<string, Array<{ id: string; headline: string; status: string }>>();
  if (ids.length === 0) return found;
  const rows = await db.$queryRaw<
    Array<{ mediaId: string; id: string; headline: string; status: string }>
  >`
    select m.id as "mediaId", a.id, v.headline, a.status::text as status
      from unnest(${ids}::uuid[]) as m(id)
      join "PublishedVersion" v on v."isLive" and (v."featuredImageId" = m.id or v.body::text like '%' || m.id::text || '%')
      join "Article" a on a.id = v."articleId" and a.status = 'PUBLISHED'`;
  for (const { mediaId, ...article } of rows) {
    found.set(mediaId, [...(found.get(mediaId) ?? []), article]);
  }
  return found;
}

function clean(value: string | null | undefined, max: number, label: string): string | null {
  const text = value?.trim() ?? "";
  if (text.length > max) {
    throw new AppError("INVALID_INPUT", `Keep the ${label} under ${max} characters.`, {
      field: label,
    });
  }
  return text || null;
}

/** Editors, and the person who uploaded it, may change an image's details or delete it (for the UI). */
export function canManageMedia(actor: Actor, uploadedById: string | null): boolean {
  return can(actor, "media.edit", { uploadedById });
}

/** "Alt text", "Caption", "Credit": the image's defaults for every new use. */
export async function updateMediaDetails(
  actor: Actor,
  id: string,
  input: { alt?: string | null; caption?: string | null; credit?: string | null },
): Promise<void> {
  if (!UUID.test(id)) throw new AppError("NOT_FOUND", "There is no such image.");
  const data = {
    alt: clean(input.alt, 1000, "alt text"),
    caption: clean(input.caption, 2000, "caption"),
    credit: clean(input.credit, 300, "credit"),
  };
  const media = await db.media.findUnique({ where: { id }, select: { uploadedById: true } });
  if (!media) throw new AppError("NOT_FOUND", "There is no such image.");
  await authorize(actor, "media.edit", {
    media,
    resourceType: "media",
    resourceId: id,
    message: "Only editors and the person who uploaded it may change an image's details.",
  });
  const updated = await db.media.updateMany({ where: { id }, data });
  if (updated.count !== 1) throw new AppError("NOT_FOUND", "There is no such image.");
  await recordAudit({
    actorId: actor.id,
    action: "media.edit",
    outcome: "ALLOWED",
    resourceType: "media",
    resourceId: id,
  });
}

/**
 * Deletes an image nobody uses. One used by an article (its working copy or its live
 * page) is refused with the list of those articles. The file goes too, unless another
 * upload of the same photo still needs it.
 */
export async function deleteMedia(actor: Actor, id: string): Promise<void> {
  if (!UUID.test(id)) throw new AppError("NOT_FOUND", "There is no such image.");
  const media = await db.media.findUnique({
    where: { id },
    include: { usages: { select: { article: { select: { id: true, headline: true } } } } },
  });
  if (!media) throw new AppError("NOT_FOUND", "There is no such image.");
  await authorize(actor, "media.delete", {
    media: { uploadedById: media.uploadedById },
    resourceType: "media",
    resourceId: id,
    message: "Only editors and the person who uploaded it may delete an image.",
  });
  // The masthead and JSON-LD show the logo: it goes only once Settings names another.
  if ((await db.publication.count({ where: { logoMediaId: id } })) > 0)
    throw new AppError(
      "CONFLICT",
      "This image is the publication's logo; choose another logo in Settings first.",
      { reason: "isLogo" },
    );
  // A contributor's page and JSON-LD show the photo: it goes once their profile names another.
  const pictured = await db.contributor.findFirst({
    where: { photoId: id },
    select: { name: true },
  });
  if (pictured)
    throw new AppError(
      "CONFLICT",
      `This image is ${pictured.name}'s photo; choose another photo in Contributors first.`,
      { reason: "isContributorPhoto", name: pictured.name },
    );
  const live = (await livePagesUsing([id])).get(id) ?? [];
  const users = new Map<string, string>();
  for (const usage of media.usages) users.set(usage.article.id, usage.article.headline);
  for (const article of live) users.set(article.id, article.headline);
  if (users.size > 0) {
    const list = [...users.values()].map((headline) => `“${headline || "Untitled"}”`).join(", ");
    throw new AppError(
      "CONFLICT",
      `This image is used in ${list}; remove it from ${users.size === 1 ? "that article" : "those articles"} first.`,
      { reason: "inUse", articles: [...users.keys()] },
    );
  }
  const orphaned = await db.$transaction(async (tx) => {
    await tx.media.delete({ where: { id } });
    if ((await tx.media.count({ where: { checksum: media.checksum } })) > 0) return [];
    const variants = await tx.mediaVariant.findMany({ where: { checksum: media.checksum } });
    await tx.mediaVariant.deleteMany({ where: { checksum: media.checksum } });
    return [media.storageKey, ...variants.map((variant) => variant.storageKey)];
  });
  // Files after the rows: a failed delete leaves an unreferenced file, never a broken image.
  const storage = getMediaStorage();
  for (const key of orphaned) await storage.delete(key).catch(() => undefined);
  await recordAudit({
    actorId: actor.id,
    action: "media.delete",
    outcome: "ALLOWED",
    resourceType: "media",
    resourceId: id,
  });
}
