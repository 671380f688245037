/**
 * The "More results" cursor, carried in the URL (`?after=`), so paging works without
 * JavaScript. Ranked pages continue after (rank, publishedAt, id); once the ranked
 * candidates are exhausted, older matches continue after (publishedAt, id). The rank is
 * kept as PostgreSQL printed it (a float4's shortest exact form), so it compares equal
 * when sent back. Anything that does not parse is ignored: the search starts over.
 */
export type RecencyKey = { publishedAt: Date; id: string };
export type RankKey = RecencyKey & { rank: string };

export type SearchCursor =
  { tier: "ranked"; after?: RankKey } | { tier: "recent"; after: RecencyKey };

const UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
const RANKED = new RegExp(`^r_(-?[0-9.e+-]{1,24})_([0-9]{1,15})_(${UUID})$`);
const RECENT = new RegExp(`^t_([0-9]{1,15})_(${UUID})$`);

export function encodeSearchCursor(cursor: SearchCursor): string | null {
  if (cursor.tier === "recent") {
    return `t_${cursor.after.publishedAt.getTime()}_${cursor.after.id}`;
  }
  if (!cursor.after) return null;
  return `r_${cursor.after.rank}_${cursor.after.publishedAt.getTime()}_${cursor.after.id}`;
}

export function decodeSearchCursor(value: string | null | undefined): SearchCursor | null {
  if (!value || value.length > 120) return null;
  const ranked = RANKED.exec(value);
  if (ranked) {
    const rank = Number(ranked[1]);
    const publishedAt = new Date(Number(ranked[2]));
    if (!Number.isFinite(rank) || Number.isNaN(publishedAt.getTime())) return null;
    return { tier: "ranked", after: { rank: ranked[1]!, publishedAt, id: ranked[3]! } };
  }
  const recent = RECENT.exec(value);
  if (recent) {
    const publishedAt = new Date(Number(recent[1]));
    if (Number.isNaN(publishedAt.getTime())) return null;
    return { tier: "recent", after: { publishedAt, id: recent[2]! } };
  }
  return null;
}
