import "server-only";
import { db } from "@/lib/db";
import type { ContributorChoice, ContributorProfile } from "@/lib/schemas/contributors";
import type { Actor } from "@/lib/workflow/permissions";
import { mediaUrl } from "../media/storage";
import { authorizeContributors } from "./contributor-rules";

/** How many recent images the photo list offers (the current photo is always among them). */
const PHOTO_CHOICES = 100;

export type ContributorForm = {
  profile: ContributorProfile | null;
  photos: (ContributorChoice & { url: string })[];
  users: ContributorChoice[];
};

/**
 * What the profile form needs (`contributor.manage`): the profile (null for a new one, or
 * NOT found: `profile` null with an id asked means there is no such contributor), recent
 * images of the library for the photo, and the user accounts one may link.
 */
export async function getContributorForm(
  actor: Actor,
  contributorId: string | null,
): Promise<ContributorForm | null> {
  await authorizeContributors(actor, null, contributorId ?? undefined);
  const row = contributorId
    ? await db.contributor.findUnique({
        where: { id: contributorId },
        include: { photo: { select: { storageKey: true } }, _count: { select: { bylines: true } } },
      })
    : null;
  if (contributorId && !row) return null;
  const select = { id: true, fileName: true, alt: true, caption: true, storageKey: true } as const;
  const [recent, users] = await Promise.all([
    db.media.findMany({
      where: { mimeType: { startsWith: "image/" } },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: PHOTO_CHOICES,
      select,
    }),
    // Accounts without a profile, and this profile's own.
    db.user.findMany({
      where: { OR: [{ contributor: null }, ...(row?.userId ? [{ id: row.userId }] : [])] },
      orderBy: [{ name: "asc" }, { id: "asc" }],
      take: 500,
      select: { id: true, name: true, email: true },
    }),
  ]);
  if (row?.photoId && !recent.some((media) => media.id === row.photoId)) {
    const current = await db.media.findUnique({ where: { id: row.photoId }, select });
    if (current) recent.unshift(current);
  }
  return {
    profile: row && {
      id: row.id,
      name: row.name,
      slug: row.slug,
      kind: row.kind,
      jobTitle: row.jobTitle,
      bio: row.bio,
      photoId: row.photoId,
      photoUrl: row.photo ? mediaUrl(row.photo.storageKey) : null,
      links: row.links,
      userId: row.userId,
      bylineCount: row._count.bylines,
    },
    photos: recent.map((media) => ({
      id: media.id,
      label: media.fileName ?? media.alt ?? media.caption ?? media.id.slice(0, 8),
      url: mediaUrl(media.storageKey),
    })),
    users: users.map((user) => ({ id: user.id, label: `${user.name} (${user.email})` })),
  };
}
