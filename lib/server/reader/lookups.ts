import "server-only";
import { cacheTags } from "@/lib/cache-tags";
import { readerDb } from "@/lib/reader-db";
import { cached } from "../cache/reader-cache";
import { mediaUrl } from "../media/storage";

/** Every section, archived ones too, in the newsroom's order. */
function allSections() {
  return cached(
    "sections",
    () => [cacheTags.sections, cacheTags.home],
    () =>
      readerDb.section.findMany({
        orderBy: [{ position: "asc" }, { id: "asc" }],
        select: {
          id: true,
          slug: true,
          name: true,
          nameHans: true,
          nameEn: true,
          description: true,
          archivedAt: true,
        },
      }),
  );
}

/** The reader's navigation: sections in the newsroom's order, archived ones left out. */
export async function listSections() {
  return (await allSections()).filter((section) => section.archivedAt === null);
}

/** A section's page: archived ones still answer, so their stories stay reachable. */
export async function findSection(slug: string) {
  return (await allSections()).find((section) => section.slug === slug) ?? null;
}

export function findTag(slug: string) {
  return cached(
    `tag:${slug}`,
    () => [cacheTags.home],
    () =>
      readerDb.tag.findUnique({ where: { slug }, select: { id: true, slug: true, name: true } }),
  );
}

/** A contributor's page: the profile as readers see it (photo as a library image's address). */
export function findContributor(slug: string) {
  return cached(
    `contributor:${slug}`,
    () => [cacheTags.home, cacheTags.contributorPage(slug)],
    async () => {
      const row = await readerDb.contributor.findUnique({
        where: { slug },
        select: {
          id: true,
          slug: true,
          name: true,
          kind: true,
          bio: true,
          jobTitle: true,
          links: true,
          photo: { select: { storageKey: true, width: true, height: true } },
        },
      });
      if (!row) return null;
      const { photo, ...profile } = row;
      return {
        ...profile,
        photo: photo && {
          url: mediaUrl(photo.storageKey),
          width: photo.width,
          height: photo.height,
        },
      };
    },
  );
}

/** Where an old address of a contributor (renamed or merged away) lives now, or null. */
export function findContributorRedirect(slug: string) {
  return cached(
    `contributor-redirect:${slug}`,
    () => [cacheTags.home, cacheTags.contributorPage(slug)],
    async () =>
      (
        await readerDb.contributorRedirect.findUnique({
          where: { fromSlug: slug },
          select: { contributor: { select: { slug: true } } },
        })
      )?.contributor.slug ?? null,
  );
}

/** Tags of a live article, for its page (names and slugs, in the article's order). */
export function findTags(ids: string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return cached(
    `tags:${ids.join(",")}`,
    () => [cacheTags.home],
    async () => {
      const rows = await readerDb.tag.findMany({
        where: { id: { in: ids } },
        select: { id: true, slug: true, name: true },
      });
      return ids.flatMap((id) => rows.filter((row) => row.id === id));
    },
  );
}
