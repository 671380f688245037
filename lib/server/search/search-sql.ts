import "server-only";
import { db } from "@/lib/db";
import type { RankKey, RecencyKey } from "./search-cursor";

/** The query, prepared: Latin text for plainto_tsquery, tsquery literals for CJK lexemes. */
export type MatchInput = { latin: string; cjk: string; words: string };

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

/** Live snapshots of published articles: a version that is no longer live is never found. */
const LIVE_FROM = `
  from "PublishedVersion" v
  join "Article" a on a.id = v."articleId" and a."liveVersionId" = v.id and a.status = 'PUBLISHED'`;
const LIVE_WHERE = `where v."isLive" and v."searchVector" @@ ${MATCH}`;

const COLUMNS = `
  v.id::text as id, v."articleId"::text as "articleId", v.slug, v.headline, v.dek, v.body,
  v.language::text as language, s.slug as "sectionSlug", s.name as "sectionName", v."publishedAt"`;

const RANKED_SQL = `
with candidates as materialized (
  select v.id, v."publishedAt", v."searchVector" ${LIVE_FROM}
  ${LIVE_WHERE}
  order by v."publishedAt" desc, v.id desc
  limit $8
), ranked as (
  select c.id, c."publishedAt",
    (ts_rank(c."searchVector", ${MATCH} || $3::tsquery)
      -- A headline that has every word of the query comes before any that does not.
      + case when ts_filter(c."searchVector", '{a}') @@ ${MATCH} then 1 else 0 end)::real as rank
  from candidates c
), stats as (
  select count(*)::int as total from candidates
), boundary as (
  select c."publishedAt", c.id::text as id from candidates c
  order by c."publishedAt", c.id limit 1
), page as (
  select r.rank::text as rank, ${COLUMNS}
  from ranked r
  join "PublishedVersion" v on v.id = r.id
  left join "Section" s on s.id = v."sectionId"
  where $4::real is null or (r.rank, r."publishedAt", r.id) < ($4::real, $5::timestamp(3), $6::uuid)
  order by r.rank desc, r."publishedAt" desc, r.id desc
  limit $7
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
  const result = await db.$queryRawUnsafe<RankedRow[]>(
    RANKED_SQL,
    match.latin,
    match.cjk,
    match.words,
    after?.rank ?? null,
    after?.publishedAt.toISOString() ?? null,
    after?.id ?? null,
    limit,
    candidates,
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
${LIVE_FROM}
left join "Section" s on s.id = v."sectionId"
${LIVE_WHERE}
  and (v."publishedAt", v.id) < ($3::timestamp(3), $4::uuid)
order by v."publishedAt" desc, v.id desc
limit $5`;

/** Matches older than `after`, newest first (the tier after the ranked candidates). */
export function findRecentMatches(
  match: MatchInput,
  after: RecencyKey,
  limit: number,
): Promise<MatchRow[]> {
  return db.$queryRawUnsafe<MatchRow[]>(
    RECENT_SQL,
    match.latin,
    match.cjk,
    after.publishedAt.toISOString(),
    after.id,
    limit,
  );
}
