import "server-only";
import { cacheTags } from "@/lib/cache-tags";
import { db } from "@/lib/db";
import { cached } from "../cache/reader-cache";

/** Sections in the newsroom's order, for the reader's navigation. */
export function listSections() {
  return cached(
    "sections",
    () => [cacheTags.home],
    () =>
      db.section.findMany({
        orderBy: [{ position: "asc" }, { id: "asc" }],
        select: { id: true, slug: true, name: true, nameEn: true, description: true },
      }),
  );
}

export async function findSection(slug: string) {
  return (await listSections()).find((section) => section.slug === slug) ?? null;
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
