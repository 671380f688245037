/**
 * Inline pinyin annotations such as `領(lǐng)`: one Han character immediately
 * followed by its reading in ASCII or fullwidth parentheses. Pages converted by some
 * script converters arrive full of them; the editor chooses to keep them as ruby
 * (reading above the character), drop them, or leave the text alone.
 */
import { PINYIN_LETTERS, isPinyinSyllable } from "./pinyin";

export type Annotation = {
  /** UTF-16 offset of the base character. */
  start: number;
  /** UTF-16 offset just past the closing parenthesis. */
  end: number;
  base: string;
  reading: string;
};

export type AnnotationMode = "ruby" | "remove" | "keep";

export type AnnotatedSegment =
  { type: "text"; text: string } | { type: "ruby"; base: string; reading: string };

// The base is a single Han code point (astral ones included, thanks to the u flag);
// anything else before the parenthesis, `?` from a damaged copy in particular, is
// never a base.
const CANDIDATE = new RegExp(`(\\p{Script=Han})[(（]([${PINYIN_LETTERS}]+[1-5]?)[)）]`, "gu");

/**
 * Toneless single letters are list labels far more often than readings: `第5條(a)款`
 * must not become ruby. A tone mark or number makes them unambiguous again.
 */
const BARE_LETTER = /^[a-zê]$/;

export function findAnnotations(text: string): Annotation[] {
  const found: Annotation[] = [];
  for (const match of text.matchAll(CANDIDATE)) {
    const [whole, base, reading] = match;
    if (base === undefined || reading === undefined) continue;
    if (BARE_LETTER.test(reading) || !isPinyinSyllable(reading)) continue;
    found.push({ start: match.index, end: match.index + whole.length, base, reading });
  }
  return found;
}

/**
 * Splits text into plain runs and annotated characters. Adjacent plain runs are
 * merged, and an empty text yields no segments.
 * - ruby: each annotation becomes a ruby segment.
 * - remove: each annotation becomes its base character (as plain text).
 * - keep: the text is returned unchanged, as one run.
 */
export function applyAnnotations(text: string, mode: AnnotationMode): AnnotatedSegment[] {
  if (text === "") return [];
  if (mode === "keep") return [{ type: "text", text }];
  const segments: AnnotatedSegment[] = [];
  const pushText = (value: string) => {
    if (value === "") return;
    const last = segments.at(-1);
    if (last?.type === "text") last.text += value;
    else segments.push({ type: "text", text: value });
  };
  let cursor = 0;
  for (const annotation of findAnnotations(text)) {
    pushText(text.slice(cursor, annotation.start));
    if (mode === "ruby")
      segments.push({ type: "ruby", base: annotation.base, reading: annotation.reading });
    else pushText(annotation.base);
    cursor = annotation.end;
  }
  pushText(text.slice(cursor));
  return segments;
}

/** The text with every annotation reduced to its base character. */
export function removeAnnotations(text: string): string {
  return applyAnnotations(text, "remove")
    .map((segment) => (segment.type === "text" ? segment.text : segment.base))
    .join("");
}
