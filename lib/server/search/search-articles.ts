import "server-only";
import type { ArticleLanguage } from "@/lib/content/credits";
import { sectionNameFor } from "@/lib/content/reader-script";
import { buildSnippet, highlightText, type SearchHit } from "@/lib/content/search-snippet";
import {
  isBlankQuery,
  prepareSearchQuery,
  toHeadlineQueryText,
  toTsqueryLiteral,
  type SearchQuery,
} from "@/lib/content/search-text";
import { bodyText } from "./search-vector";
import { decodeSearchCursor, encodeSearchCursor, type SearchCursor } from "./search-cursor";
import { findRankedMatches, findRecentMatches, type MatchRow } from "./search-sql";

export type SearchPage = {
  /** The query as searched: cut to 200 characters, trimmed; "" asks the reader to type one. */
  query: string;
  items: SearchHit[];
  /** Opaque cursor for "More results", or null on the last page. */
  next: string | null;
};

export type { SearchHit };

const PAGE_SIZE = 10;

/**
 * Full-text search over the live snapshots of published articles, CJK-aware (see
 * lib/content/search-text.ts). Ranking is bounded so that a common word costs what a
 * rare one does: the newest CANDIDATES matches are ranked (headline matches first,
 * then ts_rank with headline A > dek B > body C), and older matches follow newest
 * first. Paged by keyset on (rank, publishedAt, id), then on (publishedAt, id).
 * Never throws for what a reader can type: any `q` and any `after` give a page.
 */
export async function searchArticles(input: {
  q: string;
  after?: string | null;
  limit?: number;
  /** How many of the newest matches are ranked (tests make it small). */
  candidates?: number;
}): Promise<SearchPage> {
  const query = prepareSearchQuery(input.q);
  if (isBlankQuery(query)) return { query: query.text, items: [], next: null };
  const limit = Math.min(Math.max(input.limit ?? PAGE_SIZE, 1), 50);
  const match = {
    latin: query.latin,
    cjk: toTsqueryLiteral(query.cjk, "&"),
    words: toTsqueryLiteral(query.words, "|"),
    headlineLatin: toHeadlineQueryText(query),
    headlineCjk: toTsqueryLiteral(query.cjk, "&", "A"),
  };
  const cursor: SearchCursor = decodeSearchCursor(input.after) ?? { tier: "ranked" };

  let rows: MatchRow[] = [];
  let next: SearchCursor | null = null;
  if (cursor.tier === "ranked") {
    const ranked = await findRankedMatches(
      match,
      cursor.after ?? null,
      limit + 1,
      input.candidates,
    );
    rows = ranked.rows;
    if (rows.length > limit) {
      rows = rows.slice(0, limit);
      const last = rows.at(-1)!;
      next = {
        tier: "ranked",
        after: { rank: last.rank, publishedAt: last.publishedAt, id: last.id },
      };
    } else if (ranked.boundary) {
      // Every ranked candidate is shown: older matches follow, newest first.
      const room = limit - rows.length;
      const older = await findRecentMatches(match, ranked.boundary, room + 1);
      const shown = older.slice(0, room);
      rows = [...rows, ...shown];
      if (older.length > room) {
        const last = shown.at(-1) ?? ranked.boundary;
        next = { tier: "recent", after: { publishedAt: last.publishedAt, id: last.id } };
      }
    }
  } else {
    rows = await findRecentMatches(match, cursor.after, limit + 1);
    if (rows.length > limit) {
      rows = rows.slice(0, limit);
      const last = rows.at(-1)!;
      next = { tier: "recent", after: { publishedAt: last.publishedAt, id: last.id } };
    }
  }
  return {
    query: query.text,
    items: rows.map((row) => toHit(row, query)),
    next: next && encodeSearchCursor(next),
  };
}

/** Raw SQL reads the enum as stored (its @map names: zh-Hant, zh-Hans, en). */
function readLanguage(value: string): ArticleLanguage {
  return value === "zh-Hant" || value === "zh-Hans" ? value : "en";
}

function toHit(row: MatchRow, query: SearchQuery): SearchHit {
  const language = readLanguage(row.language);
  return {
    id: row.articleId,
    slug: row.slug,
    language,
    headline: highlightText(row.headline, query.terms),
    snippet: buildSnippet(
      `${row.dek ?? ""} ${bodyText(row.body)} ${row.corrections ?? ""}`,
      query.terms,
    ),
    section: row.sectionSlug
      ? {
          slug: row.sectionSlug,
          name: sectionNameFor(
            { name: row.sectionName ?? "", nameEn: row.sectionNameEn ?? "" },
            language,
          ),
        }
      : null,
    publishedAt: row.publishedAt,
  };
}
