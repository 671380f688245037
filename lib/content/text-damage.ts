/**
 * Points out damage that copy picks up on its way through bad encoders and
 * copy-paste, so that an editor can repair it. Nothing here changes the text:
 * a guessed repair published as fact would be worse than the visible damage.
 */
import { PINYIN_LETTERS, isPinyinSyllable } from "./pinyin";

export type TextDamageKind =
  "replacement-char" | "lost-character" | "lost-annotated-character" | "mangled-quote";

export type TextDamage = {
  /** UTF-16 offsets into the text given to findTextDamage. */
  start: number;
  end: number;
  kind: TextDamageKind;
  /** The damaged span with a few characters of context on each side (same line only). */
  excerpt: string;
  /** For lost-annotated-character: the lost character's reading, which survived. */
  reading?: string;
};

const P = `[${PINYIN_LETTERS}]+[1-5]?`;
const OPEN = "[(（]";
const CLOSE = "[)）]";
const LOST = "[?？]";

/**
 * `日報(bào)` copied badly becomes `日?qǐng)?bào)`: the character and its "(" turn into
 * `?`, garbage readings appear, and the last reading before `)` is the real one.
 */
const DOUBLE_RESIDUE = new RegExp(`${LOST}(${P})${CLOSE}${LOST}(${P})${CLOSE}`, "gu");
/** The base character lost, its annotation intact: `?(bào)`. */
const LOST_BASE = new RegExp(`[?？\\uFFFD]${OPEN}(${P})${CLOSE}`, "gu");
/** The base and "(" lost together: `?bào)`. */
const SINGLE_RESIDUE = new RegExp(`${LOST}(${P})${CLOSE}`, "gu");
/**
 * The base turned into a stray Latin letter by a misaligned decode, as in
 * `叭r(nóng)` (農 lost). Only after Han or damage, so English such as `plan B(a)` is left alone.
 */
const LETTER_BASE = new RegExp(`(?<=[\\p{Script=Han}?？!])[A-Za-z]${OPEN}(${P})${CLOSE}`, "gu");

/**
 * UTF-8 “ ” ‘ ’ (E2 80 9C/9D/98/99) read as GBK: E2 80 becomes 鈥 and the next byte
 * pairs with whatever follows; one byte out of step, 80 becomes € and the lone
 * 9C/9D a replacement character (`“三農”` → `鈥滀笁杈测€�`).
 */
const UTF8_AS_GBK = /鈥[^\s]?|(?<=\p{Script=Han})€[\uFFFD?]/gu;
/** The same bytes read as Windows-1252 (“ → â€œ, ’ → â€™) or Latin-1 (â + C1 controls). */
const UTF8_AS_LATIN1 = /â[€\u0080][^\s]?/gu;
/**
 * GBK “ (A1 B0) and ” (A1 B1) decoded one byte out of step: A1 stands alone and loses
 * its high bit (`!`), B0/B1 pairs with the next character's lead byte. So 確保“三 came
 * out as `確?!叭`. Required: the `?` of the lost preceding character, and a follower
 * that really is a GBK B0xx/B1xx character.
 */
const GBK_SHIFTED_QUOTE = /[?？]!(\p{Script=Han})/gu;

const REPLACEMENT_RUN = /\uFFFD+/gu;
/** A `?` that stands where a character was: followed by Han rather than ending a sentence. */
const LOST_RUN = /\?+(?=\p{Script=Han})/gu;
/** Particles that end real questions: `嗎?我…` in half-width punctuated copy is a question, not damage. */
const QUESTION_ENDINGS = new Set("吗嗎呢么麼吧嘛呀啊哇哪谁誰何啥");

let gbkQuoteFollowers: ((ch: string) => boolean) | undefined;

function isGbkQuoteFollower(ch: string): boolean {
  if (!gbkQuoteFollowers) {
    try {
      const decoder = new TextDecoder("gbk");
      const chars = new Set<string>();
      for (const lead of [0xb0, 0xb1]) {
        for (let trail = 0x81; trail <= 0xfe; trail++)
          chars.add(decoder.decode(new Uint8Array([lead, trail])));
      }
      gbkQuoteFollowers = (c) => chars.has(c);
    } catch {
      // A runtime without GBK tables: fall back to any Han character (the `?!` stays required).
      gbkQuoteFollowers = () => true;
    }
  }
  return gbkQuoteFollowers(ch);
}

type Finding = Omit<TextDamage, "excerpt">;

function collect(text: string): Finding[] {
  const claimed: Finding[] = [];
  const add = (finding: Finding) => {
    // Earlier, more specific patterns win; a span is reported once.
    if (claimed.some((c) => finding.start < c.end && c.start < finding.end)) return;
    claimed.push(finding);
  };
  const scan = (
    pattern: RegExp,
    kind: TextDamageKind,
    accept: (match: RegExpMatchArray) => { reading?: string } | null,
  ) => {
    for (const match of text.matchAll(pattern)) {
      const extra = accept(match);
      if (extra)
        add({ start: match.index ?? 0, end: (match.index ?? 0) + match[0].length, kind, ...extra });
    }
  };
  const readingFrom = (group: number) => (m: RegExpMatchArray) => {
    const reading = m[group];
    return reading !== undefined && isPinyinSyllable(reading) ? { reading } : null;
  };

  scan(DOUBLE_RESIDUE, "lost-annotated-character", (m) =>
    m[1] !== undefined && isPinyinSyllable(m[1]) ? readingFrom(2)(m) : null,
  );
  scan(LOST_BASE, "lost-annotated-character", readingFrom(1));
  scan(SINGLE_RESIDUE, "lost-annotated-character", readingFrom(1));
  scan(UTF8_AS_GBK, "mangled-quote", () => ({}));
  scan(UTF8_AS_LATIN1, "mangled-quote", () => ({}));
  scan(GBK_SHIFTED_QUOTE, "mangled-quote", (m) => (m[1] && isGbkQuoteFollower(m[1]) ? {} : null));
  // A bare toneless letter such as `(a)` is a list label, not a reading.
  scan(LETTER_BASE, "lost-annotated-character", (m) =>
    m[1] && !/^[a-zê]$/.test(m[1]) ? readingFrom(1)(m) : null,
  );
  scan(REPLACEMENT_RUN, "replacement-char", () => ({}));
  scan(LOST_RUN, "lost-character", (m) => {
    const before = text.slice(0, m.index).at(-1);
    return before !== undefined && QUESTION_ENDINGS.has(before) ? null : {};
  });
  return claimed.sort((a, b) => a.start - b.start);
}

const CONTEXT = 6;

function excerptOf(text: string, start: number, end: number): string {
  const lineStart = text.lastIndexOf("\n", start - 1) + 1;
  const newline = text.indexOf("\n", end);
  const lineEnd = newline === -1 ? text.length : newline;
  const before = Array.from(text.slice(lineStart, start)).slice(-CONTEXT).join("");
  const after = Array.from(text.slice(end, lineEnd)).slice(0, CONTEXT).join("");
  return `${before}${text.slice(start, end)}${after}`.replace(/\r/g, "");
}

/** Every suspected damage in the text, in order of position. */
export function findTextDamage(text: string): TextDamage[] {
  return collect(text).map((finding) => ({
    ...finding,
    excerpt: excerptOf(text, finding.start, finding.end),
  }));
}

/**
 * Collapses the residue of damaged annotations to a single `?` per lost character
 * (`德州日?qǐng)?bào)新媒體` → `德州日?新媒體`), so a name keeps a visible mark of the
 * loss without the stray readings. It does not guess the lost character.
 */
export function collapseAnnotationResidue(text: string): string {
  return text
    .replace(DOUBLE_RESIDUE, (whole, first: string, second: string) =>
      isPinyinSyllable(first) && isPinyinSyllable(second) ? "?" : whole,
    )
    .replace(LOST_BASE, (whole, reading: string) =>
      isPinyinSyllable(reading) ? whole.charAt(0) : whole,
    )
    .replace(SINGLE_RESIDUE, (whole, reading: string) => (isPinyinSyllable(reading) ? "?" : whole));
}
