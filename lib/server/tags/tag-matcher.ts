import "server-only";
import { escapeLike, tagQuery } from "@/lib/content/tag-match";
import { Prisma } from "@/lib/generated/prisma/client";

/**
 * The one matcher the editor's type-ahead and /newsroom/tags search with: a name that
 * contains the query in any script form, or (for Latin queries) a slug that contains its
 * slug form (hyphens aside). Null for a blank query (everything matches). A sequential scan of a few
 * thousand short names costs well under a millisecond, so no trigram index is needed.
 */
export function tagMatch(q: string): { where: Prisma.Sql; rank: Prisma.Sql } | null {
  const query = tagQuery(q);
  if (query.names.length === 0) return null;
  const contains = query.names.map((name) => `%${escapeLike(name)}%`);
  const prefixes = query.names.map((name) => `${escapeLike(name)}%`);
  // Hyphens aside: "fugong" finds fu-gong, whichever way the segmenter split the name.
  const slug = query.slug?.replace(/-/g, "");
  const bySlug = slug
    ? Prisma.sql`or replace(slug, '-', '') like ${`%${escapeLike(slug)}%`}`
    : Prisma.empty;
  const slugFirst = slug
    ? Prisma.sql`, (replace(slug, '-', '') like ${`${escapeLike(slug)}%`}) desc`
    : Prisma.empty;
  return {
    where: Prisma.sql`(lower(name) like any(${contains}::text[]) ${bySlug})`,
    // Exact names first, then names that start with the query, then shorter names.
    rank: Prisma.sql`(lower(name) = any(${query.names}::text[])) desc,
      (lower(name) like any(${prefixes}::text[])) desc ${slugFirst},
      char_length(name), name, id`,
  };
}
