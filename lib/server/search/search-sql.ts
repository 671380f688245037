import "server-only";
import { readerDb } from "@/lib/reader-db";
import type { RankKey, RecencyKey } from "./search-cursor";

/** The query, prepared: Latin text for plainto_tsquery, tsquery literals for CJK lexemes. */
export type MatchInput = {
  latin: string;
  cjk: string;
  /** OR of the query's segmented words: a ranking bonus, not a condition. */
  words: string;
  /** The same query restricted to weight A (the headline), for to_tsquery and as a literal. */
  headlineLatin: string;
  headlineCjk: string;
};

export type MatchRow = {
  id: string;
  articleId: string;
  slug: string;
  headline: string;
  dek: string | null;
  body: unknown;
  language: string;
  sectionSlug: string | null;
  sectionName: string | null;
  sectionNameEn: string | null;
  /** The article's corrections, one after another (they are searchable too). */
  corrections: string | null;
  publishedAt: Date;
  /** ts_rank as PostgreSQL printed it ("0" in the recency tier). */
  rank: string;
};

/**
 * How many of the newest matches are ranked. PostgreSQL finds the newest matches
 * cheaply (backwards along the (isLive, publishedAt, id) index for a common word, by the
 * GIN index for a rare one), while ts_rank must read every document it scores: scoring
 * all 50,000 matches of a common word is what costs 300 ms, scoring 400 costs a few.
 * A newsroom's reader wants recent news first anyway. See `npm run bench:search`.
 */
export const CANDIDATES = 400;

const MATCH = `(plainto_tsquery('english'::regconfig, $1::text) && $2::tsquery)`;
const HEADLINE = `(to_tsquery('english'::regconfig, $9::text) && $10::tsquery)`;

/**
 * Live snapshots only. The workflow keeps `isLive` true exactly for the live snapshot of a
 * PUBLISHED article (unpublishing clears it in the same transaction); the join on Article
 * below checks that again, after the newest matches are picked by the index alone (a
 * join inside that step makes PostgreSQL misjudge how many rows it yields and scan all).
 */
const liveMatches = (columns: string) => `
  select ${columns} from "PublishedVersion" v
  where v."isLive" and v."searchVector" @@ ${MATCH}`;
const PUBLISHED = `join "Article" a on a."liveVersionId" = v.id and a.status = 'PUBLISHED'`;

const COLUMNS = `
  v.id::text as id, v."articleId"::text as "articleId", v.slug, v.headline, v.dek, v.body,
  v.language::text as language, s.slug as "sectionSlug", s.name as "sectionName",
  s."nameEn" as "sectionNameEn", v."publishedAt",
  (select string_agg(c.text, ' ' order by c."correctedAt") from "Correction" c
    where c."articleId" = v."articleId") as corrections`;

const RANKED_SQL = `
with candidates as materialized (
  ${liveMatches(`v.id, v."publishedAt", v."searchVector"`)}
  order by v."publishedAt" desc, v.id desc
  limit $8
), ranked as (
  -- Weights D, C, B, A; and a headline that has the whole query comes before any that does not.
  select c.id, c."publishedAt",
    (ts_rank('{0.05, 0.1, 0.3, 1.0}', c."searchVector", ${MATCH} || $3::tsquery)
      + case when c."searchVector" @@ ${HEADLINE} then 1 else 0 end)::real as rank
  from candidates c
), stats as (
  select count(*)::int as total from candidates
), boundary as (
  select c."publishedAt", c.id::text as id from candidates c
  order by c."publishedAt", c.id limit 1
), page_ids as (
  select r.id, r.rank, r."publishedAt" from ranked r
  where $4::real is null or (r.rank, r."publishedAt", r.id) < ($4::real, $5::timestamp(3), $6::uuid)
  order by r.rank desc, r."publishedAt" desc, r.id desc
  limit $7
), page as (
  select p.rank::text as rank, ${COLUMNS}
  from page_ids p
  join "PublishedVersion" v on v.id = p.id
  ${PUBLISHED}
  left join "Section" s on s.id = v."sectionId"
)
select stats.total, boundary."publishedAt" as "boundaryAt", boundary.id as "boundaryId", page.*
from stats left join boundary on true left join page on true
order by page.rank::real desc, page."publishedAt" desc, page.id desc`;

type RankedRow = Partial<MatchRow> & {
  total: number;
  boundaryAt: Date | null;
  boundaryId: string | null;
};

/**
 * A page of the ranked tier, and, when the candidates were cut at CANDIDATES, the oldest
 * of them: older matches are listed by recency after it.
 */
export async function findRankedMatches(
  match: MatchInput,
  after: RankKey | null,
  limit: number,
  candidates: number = CANDIDATES,
): Promise<{ rows: MatchRow[]; boundary: RecencyKey | null }> {
  const result = await readerDb.$queryRawUnsafe<RankedRow[]>(
    RANKED_SQL,
    match.latin,
    match.cjk,
    match.words,
    after?.rank ?? null,
    after?.publishedAt.toISOString() ?? null,
    after?.id ?? null,
    limit,
    candidates,
    match.headlineLatin,
    match.headlineCjk,
  );
  const first = result[0];
  const boundary =
    first && first.total >= candidates && first.boundaryAt && first.boundaryId
      ? { publishedAt: first.boundaryAt, id: first.boundaryId }
      : null;
  const rows = result.filter((row): row is RankedRow & MatchRow => row.id != null);
  return { rows, boundary };
}

const RECENT_SQL = `
select '0' as rank, ${COLUMNS}
from (
  ${liveMatches("v.*")}
    and (v."publishedAt", v.id) < ($3::timestamp(3), $4::uuid)
  order by v."publishedAt" desc, v.id desc
  limit $5
) v
${PUBLISHED}
left join "Section" s on s.id = v."sectionId"
order by v."publishedAt" desc, v.id desc`;

/** Matches older than `after`, newest first (the tier after the ranked candidates). */
export function findRecentMatches(
  match: MatchInput,
  after: RecencyKey,
  limit: number,
): Promise<MatchRow[]> {
  return readerDb.$queryRawUnsafe<MatchRow[]>(
    RECENT_SQL,
    match.latin,
    match.cjk,
    after.publishedAt.toISOString(),
    after.id,
    limit,
  );
}
