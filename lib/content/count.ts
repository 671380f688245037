/**
 * Length of copy as a newsroom counts it: each Chinese character (and each kana or hangul
 * syllable) is one unit, as in 字数, while Latin, Cyrillic and Greek text and numbers
 * count by the word, as word processors do for mixed copy. Punctuation, spaces and emoji
 * count nothing.
 */
import { docToPlainText, type BlockNode, type Doc } from "./doc";

/**
 * One CJK unit. ー (the katakana length mark) is Script=Common, but it is a sound in the
 * word it sits in (コーヒー), so it counts like the kana beside it.
 */
export const CJK_CHAR =
  "[\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}ー]";

/**
 * One non-CJK word: letters, digits and combining marks, joined by an apostrophe or
 * hyphen ("don't", "COVID-19") or, between digits, by a point or comma ("1,000.5").
 */
// Variation selectors are marks too, but in text they only dress up emoji.
const WORD_CHAR = `(?:(?!${CJK_CHAR}|[\\uFE0E\\uFE0F\\u20E3])[\\p{L}\\p{N}\\p{M}])`;
export const WORD = `${WORD_CHAR}+(?:(?:['’‐-]|(?<=\\p{N})[.,:](?=\\p{N}))${WORD_CHAR}+)*`;

const CJK_RE = new RegExp(CJK_CHAR, "gu");
/** Keycap emoji (1️⃣, #️⃣) hide a digit; they are pictures, not numbers. */
const KEYCAP_RE = /[0-9#*]\uFE0F?\u20E3/gu;
const WORD_RE = new RegExp(WORD, "gu");

export type TextCount = { units: number; han: number; words: number; readingMinutes: number };

/** Chinese is read at about 300 characters a minute, English at about 230 words. */
const HAN_PER_MINUTE = 300;
const WORDS_PER_MINUTE = 230;

export function countText(text: string): TextCount {
  const han = text.match(CJK_RE)?.length ?? 0;
  const words = text.replace(KEYCAP_RE, " ").match(WORD_RE)?.length ?? 0;
  const units = han + words;
  const readingMinutes =
    units === 0 ? 0 : Math.max(1, Math.ceil(han / HAN_PER_MINUTE + words / WORDS_PER_MINUTE));
  return { units, han, words, readingMinutes };
}

/** A pull quote repeats words from the body; counting it would count them twice. */
function withoutPullQuotes(blocks: BlockNode[]): BlockNode[] {
  return blocks
    .filter((block) => block.type !== "pullQuote")
    .map((block): BlockNode => {
      switch (block.type) {
        case "blockquote":
          return { ...block, content: withoutPullQuotes(block.content) };
        case "bulletList":
        case "orderedList":
          return {
            ...block,
            content: block.content.map((item) => ({
              ...item,
              content: withoutPullQuotes(item.content),
            })),
          };
        case "table":
          return {
            ...block,
            content: block.content.map((row) => ({
              ...row,
              content: row.content?.map((cell) => ({
                ...cell,
                content: withoutPullQuotes(cell.content),
              })),
            })),
          };
        default:
          return block;
      }
    });
}

/** The article's count: its plain text (ruby bases, not readings), pull quotes left out. */
export function countDoc(doc: Doc): TextCount {
  return countText(docToPlainText({ ...doc, content: withoutPullQuotes(doc.content) }));
}

/**
 * A stored body's length in units, the figure the editor shows under the body; anything
 * that is not a document counts 0. The budget and the working-copy sweep both use it, so
 * the budget's "actual" is the editor's count.
 */
export function countBodyUnits(body: unknown): number {
  const doc = body as Doc | null;
  return doc && typeof doc === "object" && Array.isArray(doc.content) ? countDoc(doc).units : 0;
}
