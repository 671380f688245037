/**
 * Writes a live snapshot's search document (PublishedVersion.searchVector). Called in the
 * transaction that creates the live snapshot, so a version is searchable exactly when it
 * is live. Deliberately without `import "server-only"`: the seed and the search bench,
 * which run outside Next, index their rows with the same code.
 */
import { docToPlainText, type Doc } from "../../content/doc";
import { prepareSearchDocument, type SearchDocument } from "../../content/search-text";
import type { Prisma, PrismaClient } from "../../generated/prisma/client";

type Db = PrismaClient | Prisma.TransactionClient;

/**
 * The one definition of a document's tsvector. $1…$6: headline Latin text, headline CJK
 * tokens, then the dek's two, then the body's two. Latin words are stemmed by `english`;
 * CJK tokens (already folded, segmented and bigrammed) go through `simple` unchanged.
 * Headline (A) outweighs dek (B) outweighs body (C).
 */
export const SEARCH_VECTOR_SQL = `(
  setweight(to_tsvector('english'::regconfig, $1::text) || to_tsvector('simple'::regconfig, $2::text), 'A') ||
  setweight(to_tsvector('english'::regconfig, $3::text) || to_tsvector('simple'::regconfig, $4::text), 'B') ||
  setweight(to_tsvector('english'::regconfig, $5::text) || to_tsvector('simple'::regconfig, $6::text), 'C')
)`;

/** The six values SEARCH_VECTOR_SQL's parameters stand for, in order. */
export function searchVectorValues(document: SearchDocument): string[] {
  return [
    document.headline.latin,
    document.headline.cjk,
    document.dek.latin,
    document.dek.cjk,
    document.body.latin,
    document.body.cjk,
  ];
}

/** The reader's text of a stored body; anything that is not a document reads as empty. */
export function bodyText(body: unknown): string {
  const doc = body as Doc | null;
  return doc && typeof doc === "object" && Array.isArray(doc.content) ? docToPlainText(doc) : "";
}

export type IndexableVersion = {
  id: string;
  articleId: string;
  headline: string;
  dek: string | null;
  body: unknown;
};

/**
 * (Re)writes a live version's search document: headline, dek, and the body followed by
 * the article's corrections (readers see them under the body; they are found as body
 * text) and, for live coverage, its published updates (title, text, correction). Called
 * when a version goes live and again whenever a correction is added, in the same
 * transaction, and after each change readers see in live coverage's updates.
 */
export async function indexPublishedVersion(db: Db, version: IndexableVersion): Promise<void> {
  const [corrections, updates] = await Promise.all([
    db.correction.findMany({
      where: { articleId: version.articleId },
      orderBy: [{ correctedAt: "asc" }, { id: "asc" }],
      select: { text: true },
    }),
    db.liveUpdate.findMany({
      where: { articleId: version.articleId, status: "PUBLISHED" },
      orderBy: [{ publishedAt: "asc" }, { id: "asc" }],
      select: { title: true, body: true, correction: true },
    }),
  ]);
  const updateText = updates.flatMap((update) =>
    [update.title ?? "", bodyText(update.body), update.correction ?? ""].filter(Boolean),
  );
  const document = prepareSearchDocument({
    headline: version.headline,
    dek: version.dek,
    body: [bodyText(version.body), ...corrections.map((item) => item.text), ...updateText].join(
      "\n",
    ),
  });
  await db.$executeRawUnsafe(
    `update "PublishedVersion" set "searchVector" = ${SEARCH_VECTOR_SQL} where id = $7::uuid`,
    ...searchVectorValues(document),
    version.id,
  );
}

/** Rewrites the search document of an article's live version, if it has one that is live. */
export async function reindexLiveVersion(db: Db, articleId: string): Promise<void> {
  const row = await db.article.findUnique({
    where: { id: articleId },
    select: {
      liveVersion: {
        select: { id: true, articleId: true, headline: true, dek: true, body: true, isLive: true },
      },
    },
  });
  if (row?.liveVersion?.isLive) await indexPublishedVersion(db, row.liveVersion);
}

/**
 * Indexes live versions that have no search document yet (rows written before search
 * existed, or by hand). Cheap when there are none. Returns how many it indexed.
 */
export async function indexUnindexedLiveVersions(db: PrismaClient): Promise<number> {
  let count = 0;
  for (;;) {
    const rows = await db.$queryRaw<IndexableVersion[]>`
      select id::text as id, "articleId"::text as "articleId", headline, dek, body
      from "PublishedVersion"
      where "isLive" and "searchVector" is null
      limit 200`;
    for (const row of rows) await indexPublishedVersion(db, row);
    count += rows.length;
    if (rows.length < 200) return count;
  }
}
