/**
 * Highlighting for search results, built from the live text in JavaScript rather than
 * with PostgreSQL's ts_headline (which re-parses the whole document per result and is
 * slow on long articles). Text is returned as parts, not HTML: the page renders a
 * marked part as <mark>, and React escapes every character of every part.
 */
import type { ArticleLanguage } from "./credits";
import { toSimplified } from "./script-convert";
import { MAX_INDEXED_LENGTH, type SearchQuery } from "./search-text";

export type SnippetPart = { text: string; isMatch: boolean };

/** One search result as the reader sees it: headline and snippet with their matches marked. */
export type SearchHit = {
  id: string;
  slug: string;
  language: ArticleLanguage;
  headline: SnippetPart[];
  snippet: SnippetPart[];
  section: { slug: string; name: string } | null;
  publishedAt: Date;
};

/**
 * The text folded as queries are (Simplified, NFKC, lower case), with a map from each
 * folded UTF-16 index back to the original code point it came from, so matches found
 * in the folded text are marked in the text as written (復工 marked for the query 复工).
 */
function fold(chars: string[]): { folded: string; origin: number[] } {
  const whole = Array.from(toSimplified(chars.join("")));
  // OpenCC converts phrase by phrase; should a phrase ever change length, fall back to
  // converting character by character, which keeps every index in place.
  const simplified = whole.length === chars.length ? whole : chars.map((c) => toSimplified(c));
  let folded = "";
  const origin: number[] = [];
  simplified.forEach((char, index) => {
    const piece = char.normalize("NFKC").toLowerCase();
    folded += piece;
    for (let i = 0; i < piece.length; i++) origin.push(index);
  });
  return { folded, origin };
}

/** A crude English stem, only for choosing what to mark (PostgreSQL's stemmer decides matches). */
function stem(word: string): string {
  return word.replace(/(?:ing|ed|es|s|ly)$/u, "") || word;
}

/** Same word give or take an ending: run ~ running (runn), restart ~ restarts; not art ~ article. */
function isSameWord(stems: readonly string[], word: string): boolean {
  const candidate = stem(word);
  return stems.some((wanted) => {
    const [short, long] =
      wanted.length <= candidate.length ? [wanted, candidate] : [candidate, wanted];
    return (
      long.startsWith(short) &&
      (short === long || (short.length >= 3 && long.length - short.length <= 2))
    );
  });
}

/** A letter or digit of a script that puts spaces between words. */
const SPACED = /^(?![\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])[\p{L}\p{N}]$/u;
const SPACED_WORD = /(?:(?![\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])[\p{L}\p{N}])+/gu;

type Range = [start: number, end: number]; // code point indices, end exclusive

function findAll(haystack: string, needle: string, origin: number[], into: Range[]): boolean {
  let found = false;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
    into.push([origin[at]!, origin[at + needle.length - 1]! + 1]);
    found = true;
  }
  return found;
}

function matchRanges(chars: string[], terms: SearchQuery["terms"]): Range[] {
  const { folded, origin } = fold(chars);
  const ranges: Range[] = [];
  for (const run of terms.cjk) {
    if (findAll(folded, run, origin, ranges)) continue;
    // The run is not there whole (its bigrams matched apart): mark the pieces.
    const runChars = Array.from(run);
    for (let i = 0; i + 1 < runChars.length; i++) {
      findAll(folded, runChars[i]! + runChars[i + 1]!, origin, ranges);
    }
  }
  const wanted = terms.latin.map(stem);
  if (wanted.length > 0) {
    for (const match of folded.matchAll(SPACED_WORD)) {
      if (!isSameWord(wanted, match[0])) continue;
      const start = match.index;
      ranges.push([origin[start]!, origin[start + match[0].length - 1]! + 1]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: Range[] = [];
  for (const range of ranges) {
    const last = merged.at(-1);
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged;
}

function toParts(chars: string[], ranges: Range[], from: number, to: number): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let at = from;
  for (const [start, end] of ranges) {
    if (end <= from || start >= to) continue;
    const s = Math.max(start, from);
    if (s > at) parts.push({ text: chars.slice(at, s).join(""), isMatch: false });
    const e = Math.min(end, to);
    parts.push({ text: chars.slice(s, e).join(""), isMatch: true });
    at = e;
  }
  if (at < to) parts.push({ text: chars.slice(at, to).join(""), isMatch: false });
  return parts;
}

/** The whole text with every match marked (for headlines). */
export function highlightText(text: string, terms: SearchQuery["terms"]): SnippetPart[] {
  const chars = Array.from(text);
  return toParts(chars, matchRanges(chars, terms), 0, chars.length);
}

/**
 * About `width` characters of `text` around its first match, matches marked, with an
 * ellipsis where it was cut; the opening of the text when nothing in it matches.
 */
export function buildSnippet(
  text: string,
  terms: SearchQuery["terms"],
  options: { width?: number } = {},
): SnippetPart[] {
  const width = options.width ?? 120;
  const chars = Array.from(text.replace(/\s+/g, " ").trim()).slice(0, MAX_INDEXED_LENGTH);
  const ranges = matchRanges(chars, terms);
  let from = Math.max(0, (ranges[0]?.[0] ?? 0) - Math.floor(width / 4));
  // Do not cut a Latin word in two (within reason: a "word" may be a pasted URL).
  const inWord = (index: number) =>
    index >= 0 && index < chars.length && SPACED.test(chars[index]!);
  for (let step = 0; step < 30 && from > 0 && inWord(from - 1) && inWord(from); step++) from--;
  let to = Math.min(chars.length, from + width);
  for (let step = 0; step < 30 && to < chars.length && inWord(to - 1) && inWord(to); step++) to++;
  const parts = toParts(chars, ranges, from, to);
  if (from > 0) parts.unshift({ text: "…", isMatch: false });
  if (to < chars.length) parts.push({ text: "…", isMatch: false });
  return parts;
}
