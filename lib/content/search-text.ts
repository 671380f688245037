/**
 * Text preparation for full-text search that understands Chinese. PostgreSQL's parsers
 * cannot split Han text into words, so Galley does it here, the same way for documents
 * and for queries, and hands PostgreSQL ready-made tokens:
 *
 * - one script: everything is folded to Simplified (OpenCC), NFKC (full-width ＡＢＣ and
 *   １２３ become ABC and 123) and lower case, so 復工 and 复工 are the same lexeme;
 * - Han (and kana) runs become every character (one-character queries), every
 *   overlapping bigram (recall: Intl.Segmenter's dictionary splits 疫情 into 疫|情) and
 *   the words Intl.Segmenter finds (a bonus in ranking for text that has the query as
 *   a word rather than as scattered bigrams); these go to the `simple` configuration;
 * - everything else is left to PostgreSQL's `english` configuration, which stems Latin
 *   words as usual (running → run).
 */
import { toSimplified } from "./script-convert";

/** Longer queries are cut to this many characters (code points), never refused. */
export const MAX_QUERY_LENGTH = 200;

/** Text beyond this is not indexed: it keeps a tsvector well under PostgreSQL's 1 MB. */
export const MAX_INDEXED_LENGTH = 60_000;

/** Han ideographs (with 〇) and kana: scripts written without spaces between words. */
const CJK_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}〇ー]+/gu;
const HAS_CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}〇ー]/u;
const IS_CJK = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}〇ー]+$/u;
/** Control characters (PostgreSQL refuses NUL) and lone surrogates: never part of a word. */
const UNSAFE = /[\p{Cc}\p{Cs}]/gu;

const segmenter = new Intl.Segmenter("zh", { granularity: "word" });

/** The one form both documents and queries are compared in. */
export function normalizeSearchText(text: string): string {
  const safe = text.replace(UNSAFE, " ").normalize("NFKC").toLowerCase();
  return toSimplified(safe);
}

/** What PostgreSQL gets for one weighted field: Latin text to stem, CJK tokens as they are. */
export type SearchField = { latin: string; cjk: string };

function cjkTokens(run: string, words: ReadonlySet<string>, into: string[]): void {
  const chars = Array.from(run);
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i]!;
    into.push(char);
    const next = chars[i + 1];
    if (next !== undefined) into.push(char + next);
    // A segmented word starting here, longer than a bigram (a bigram word is pushed
    // again, which counts it twice: text that has it as a word ranks a little higher).
    for (let length = 2; length <= Math.min(8, chars.length - i); length++) {
      const word = chars.slice(i, i + length).join("");
      if (words.has(word)) into.push(word);
    }
  }
}

/** Splits normalised text into the two parts PostgreSQL indexes differently. */
function splitField(normalized: string): SearchField {
  const words = new Set<string>();
  if (HAS_CJK.test(normalized)) {
    for (const part of segmenter.segment(normalized)) {
      const length = Array.from(part.segment).length;
      if (part.isWordLike && length >= 2 && IS_CJK.test(part.segment)) words.add(part.segment);
    }
  }
  const tokens: string[] = [];
  for (const match of normalized.matchAll(CJK_RUN)) cjkTokens(match[0], words, tokens);
  return {
    latin: normalized.replace(CJK_RUN, " ").replace(/\s+/g, " ").trim(),
    cjk: tokens.join(" "),
  };
}

/** One field of a document (headline, dek or body text), ready to index. */
export function prepareSearchField(text: string): SearchField {
  return splitField(normalizeSearchText(Array.from(text).slice(0, MAX_INDEXED_LENGTH).join("")));
}

export type SearchDocument = { headline: SearchField; dek: SearchField; body: SearchField };

/** A document's three weighted fields: headline (A), dek (B), body text (C). */
export function prepareSearchDocument(input: {
  headline: string;
  dek: string | null;
  body: string;
}): SearchDocument {
  return {
    headline: prepareSearchField(input.headline),
    dek: prepareSearchField(input.dek ?? ""),
    body: prepareSearchField(input.body),
  };
}

export type SearchQuery = {
  /** The query as the reader typed it, cut to MAX_QUERY_LENGTH and trimmed. */
  text: string;
  /** Latin (and other spaced) text for `plainto_tsquery('english', …)`. */
  latin: string;
  /** CJK lexemes that must all be present: the character of a one-character run, else its bigrams. */
  cjk: string[];
  /** Segmented words of the query, which rank text that has them as words a little higher. */
  words: string[];
  /** The query's CJK runs and Latin words, normalised, for highlighting. */
  terms: { cjk: string[]; latin: string[] };
};

/** Cuts a query to MAX_QUERY_LENGTH characters without splitting a surrogate pair. */
export function cutQuery(q: string): string {
  const chars = Array.from(q);
  const cut = chars.length > MAX_QUERY_LENGTH ? chars.slice(0, MAX_QUERY_LENGTH).join("") : q;
  return cut.replace(UNSAFE, " ").replace(/\s+/g, " ").trim();
}

export function prepareSearchQuery(q: string): SearchQuery {
  const text = cutQuery(q);
  const normalized = normalizeSearchText(text);
  const runs = Array.from(normalized.matchAll(CJK_RUN), (match) => match[0]);
  const cjk = new Set<string>();
  for (const run of runs) {
    const chars = Array.from(run);
    if (chars.length === 1) cjk.add(run);
    for (let i = 0; i + 1 < chars.length; i++) cjk.add(chars[i]! + chars[i + 1]!);
  }
  const words = new Set<string>();
  for (const part of segmenter.segment(normalized)) {
    if (part.isWordLike && Array.from(part.segment).length >= 2 && IS_CJK.test(part.segment)) {
      words.add(part.segment);
    }
  }
  for (const run of runs) if (Array.from(run).length <= 8) words.add(run);
  const latin = normalized.replace(CJK_RUN, " ").replace(/\s+/g, " ").trim();
  return {
    text,
    latin,
    cjk: [...cjk],
    words: [...words].filter((word) => Array.from(word).length >= 2),
    terms: { cjk: runs, latin: latin.match(/[\p{L}\p{N}]+/gu) ?? [] },
  };
}

/** True when the query has nothing PostgreSQL could match (only spaces or punctuation). */
export function isBlankQuery(query: SearchQuery): boolean {
  return query.cjk.length === 0 && !/[\p{L}\p{N}]/u.test(query.latin);
}

/**
 * A tsquery literal joining lexemes with `&` or `|`. Lexemes are quoted (with quotes
 * and backslashes escaped), so nothing in them is read as tsquery syntax.
 */
export function toTsqueryLiteral(
  lexemes: readonly string[],
  operator: "&" | "|",
  weight?: "A",
): string {
  return lexemes
    .map(
      (lexeme) =>
        `'${lexeme.replace(/\\/g, "\\\\").replace(/'/g, "''")}'${weight ? `:${weight}` : ""}`,
    )
    .join(` ${operator} `);
}

/**
 * The query's Latin words, each restricted to weight A, as `to_tsquery('english', …)`
 * input (which stems them): "are all the words in the headline?". Words are letters and
 * digits only, so nothing in them is tsquery syntax.
 */
export function toHeadlineQueryText(query: SearchQuery): string {
  return query.terms.latin.map((word) => `${word}:A`).join(" & ");
}
