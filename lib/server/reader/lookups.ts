import "server-only";
import { cacheTags } from "@/lib/cache-tags";
import { db } from "@/lib/db";
import { cached } from "../cache/reader-cache";

/** Every section, archived ones too, in the newsroom's order. */
function allSections() {
  return cached(
    "sections",
    () => [cacheTags.sections, cacheTags.home],
    () =>
      db.section.findMany({
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
    () => db.tag.findUnique({ where: { slug }, select: { id: true, slug: true, name: true } }),
  );
}

export function findContributor(slug: string) {
  return cached(
    `contributor:${slug}`,
    () => [cacheTags.home],
    () =>
      db.contributor.findUnique({
        where: { slug },
        select: { id: true, slug: true, name: true, kind: true, bio: true },
      }),
  );
}

/** Tags of a live article, for its page (names and slugs, in the article's order). */
export function findTags(ids: string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return cached(
    `tags:${ids.join(",")}`,
    () => [cacheTags.home],
    async () => {
      const rows = await db.tag.findMany({
        where: { id: { in: ids } },
        select: { id: true, slug: true, name: true },
      });
      return ids.flatMap((id) => rows.filter((row) => row.id === id));
    },
  );
}
