/**
 * The Hanyu Pinyin syllable inventory and a validator for single syllables.
 *
 * Inline annotations such as `領(lǐng)` are only recognised when the text in the
 * parentheses is a real syllable: checking against the inventory (initial + final)
 * is what keeps `(Reuters)`, `(WHO)` or `(abc)` from ever being read as pinyin.
 */

/** Finals each initial combines with (toneless, `ü` written as `ü`). "" is the zero initial. */
const FINALS_BY_INITIAL: Record<string, string> = {
  "": "a o e ê ai ei ao ou an en ang eng er m n ng hm hng",
  y: "i a o e ao ou an in ang ing ong u ue uan un",
  w: "u a o ai ei an en ang eng",
  b: "a o ai ei ao an en ang eng i ie iao ian in ing u",
  p: "a o ai ei ao ou an en ang eng i ie iao ian in ing u",
  m: "a o e ai ei ao ou an en ang eng i ie iao iu ian in ing u",
  f: "a o ei ou an en ang eng u iao",
  d: "a e ai ei ao ou an en ang eng ong i ia ie iao iu ian ing u uo ui uan un",
  t: "a e ai ei ao ou an ang eng ong i ie iao ian ing u uo ui uan un",
  n: "a e ai ei ao ou an en ang eng ong i ie iao iu ian in iang ing u uo uan un ü üe ue",
  l: "a o e ai ei ao ou an ang eng ong i ia ie iao iu ian in iang ing u uo uan un ü üe ue",
  g: "a e ai ei ao ou an en ang eng ong u ua uo uai ui uan un uang",
  k: "a e ai ei ao ou an en ang eng ong u ua uo uai ui uan un uang",
  h: "a e ai ei ao ou an en ang eng ong u ua uo uai ui uan un uang",
  j: "i ia ie iao iu ian in iang ing iong u ue uan un",
  q: "i ia ie iao iu ian in iang ing iong u ue uan un",
  x: "i ia ie iao iu ian in iang ing iong u ue uan un",
  zh: "a e i ai ei ao ou an en ang eng ong u ua uo uai ui uan un uang",
  ch: "a e i ai ao ou an en ang eng ong u ua uo uai ui uan un uang",
  sh: "a e i ai ei ao ou an en ang eng u ua uo uai ui uan un uang",
  r: "e i ao ou an en ang eng ong u ua uo ui uan un",
  z: "a e i ai ei ao ou an en ang eng ong u uo ui uan un",
  c: "a e i ai ao ou an en ang eng ong u uo ui uan un",
  s: "a e i ai ao ou an en ang eng ong u uo ui uan un",
};

const FINALS = new Map(
  Object.entries(FINALS_BY_INITIAL).map(([initial, finals]) => [
    initial,
    new Set(finals.split(" ")),
  ]),
);

// Longest initials first so that "zhang" is zh + ang, not z + hang.
const INITIALS = Object.keys(FINALS_BY_INITIAL)
  .filter((initial) => initial !== "")
  .sort((a, b) => b.length - a.length);

/** Combining tone marks (as found after NFD normalisation) and the tone they mark. */
const TONE_BY_MARK: Record<string, number> = { "\u0304": 1, "\u0301": 2, "\u030c": 3, "\u0300": 4 };

/**
 * A regex character class (without brackets) for letters that may occur in a
 * syllable: plain letters, every precomposed tone-marked vowel, and combining marks
 * so that decomposed (NFD) text matches too. Deliberately lowercase only:
 * capitalised words in parentheses are English.
 */
export const PINYIN_LETTERS =
  "a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüêếềḿńňǹ\\u0300\\u0301\\u0302\\u0304\\u0308\\u030c";

export type PinyinSyllable = { plain: string; tone: number | null };

/**
 * Parses one syllable written with tone marks (`lǐng`), a tone number (`lv4`,
 * `ling3`) or no tone (`ling`). Returns null unless it is in the inventory.
 * `v` stands for `ü`, as on keyboards.
 */
export function parsePinyinSyllable(raw: string): PinyinSyllable | null {
  // Decompose so every tone mark is a separate combining character, whichever way
  // the source encoded it; then put ü and ê back together as the letters they are.
  const text = raw
    .normalize("NFD")
    .replace(/u\u0308/g, "ü")
    .replace(/e\u0302/g, "ê");
  const numbered = /^(.+?)([1-5])$/.exec(text);
  let tone: number | null = numbered ? Number(numbered[2]) : null;
  let plain = "";
  for (const ch of numbered ? (numbered[1] ?? "") : text) {
    const marked = TONE_BY_MARK[ch];
    if (marked !== undefined) {
      // A syllable carries one tone: two marks, or a mark plus a number, is not pinyin.
      if (tone !== null || plain === "") return null;
      tone = marked;
    } else if (/^[a-zü:ê]$/.test(ch)) {
      plain += ch;
    } else {
      return null;
    }
  }
  plain = plain.replace(/v|u:/g, "ü");
  return isPlainSyllable(plain) ? { plain, tone } : null;
}

export function isPinyinSyllable(raw: string): boolean {
  return parsePinyinSyllable(raw) !== null;
}

function isPlainSyllable(plain: string): boolean {
  if (FINALS.get("")?.has(plain)) return true;
  const initial = INITIALS.find((candidate) => plain.startsWith(candidate));
  if (initial === undefined) return false;
  // After j, q, x and y the two dots of ü are dropped in writing (ju = jü).
  const final = /^[jqxy]/.test(initial)
    ? plain.slice(initial.length).replace("ü", "u")
    : plain.slice(initial.length);
  return FINALS.get(initial)?.has(final) ?? false;
}
