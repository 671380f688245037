import "server-only";
import { isBlankQuery, prepareSearchQuery, toTsqueryLiteral } from "@/lib/content/search-text";
import { db } from "@/lib/db";

/** How many of the newest matching stories a search considers (the list says when it stops). */
export const SEARCH_CAP = 2_000;

/**
 * The ids of working copies that match `q`, newest change first: the reader's Chinese-aware
 * matching (復工 finds 复工) over each copy's search document, plus, for copies whose
 * document is not written yet (saved in the last few seconds), the headline as typed.
 */
export async function findMatchingStoryIds(q: string): Promise<{ ids: string[]; capped: boolean }> {
  const query = prepareSearchQuery(q);
  if (isBlankQuery(query)) return { ids: [], capped: false };
  const like = `%${query.text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
  const rows = await db.$queryRawUnsafe<Array<{ id: string }>>(
    // Two lookups, not one OR (which walks every story testing each document), each
    // stopping at the cap: the documents, and the headlines of copies not indexed yet.
    `select id::text as id from (
       (select a.id, a."updatedAt" from "ArticleSearch" s join "Article" a on a.id = s."articleId"
        where s."searchVector" @@ (plainto_tsquery('english'::regconfig, $1::text) && $2::tsquery)
        order by a."updatedAt" desc, a.id desc limit $4)
       union
       (select a.id, a."updatedAt" from "Article" a
        left join "ArticleSearch" s on s."articleId" = a.id
        where (s.version is null or s.version <> a.version) and a.headline ilike $3
        order by a."updatedAt" desc, a.id desc limit $4)
     ) matches
     order by "updatedAt" desc, id desc
     limit $4`,
    query.latin,
    toTsqueryLiteral(query.cjk, "&"),
    like,
    SEARCH_CAP + 1,
  );
  return { ids: rows.slice(0, SEARCH_CAP).map((row) => row.id), capped: rows.length > SEARCH_CAP };
}
