/**
 * URL slugs from headlines. Chinese becomes toneless pinyin grouped into words
 * (`xinguan-feiyan`): pinyin-pro knows readings but not word boundaries, so the
 * runtime's word segmenter (Intl.Segmenter, ICU's dictionary) supplies those, and
 * where it has none every syllable is its own word (`yi-qing`). Latin is
 * lower-cased and stripped of diacritics; everything else is dropped. Slugs are
 * ASCII so they survive being pasted into any chat, mail or spreadsheet.
 */
import { Converter } from "opencc-js/t2cn";
import { pinyin } from "pinyin-pro";

export const MAX_SLUG_LENGTH = 80;
const FALLBACK = "article";

/** Letters NFKD does not decompose into ASCII. */
const SPECIAL_LATIN: Record<string, string> = {
  ß: "ss",
  æ: "ae",
  œ: "oe",
  ø: "o",
  đ: "d",
  ð: "d",
  ł: "l",
  þ: "th",
  ı: "i",
};

function latinWords(text: string): string[] {
  const ascii = text
    .toLowerCase()
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/[ßæœøđðłþı]/g, (ch) => SPECIAL_LATIN[ch] ?? "");
  return ascii.split(/[^a-z0-9]+/).filter(Boolean);
}

const segmenter =
  typeof Intl !== "undefined" && "Segmenter" in Intl
    ? new Intl.Segmenter("zh", { granularity: "word" })
    : null;

/** Splits a run of Han characters into words (single characters without a segmenter). */
function hanWords(run: string): string[] {
  if (!segmenter) return Array.from(run);
  return Array.from(segmenter.segment(run), (part) => part.segment);
}

// pinyin-pro's word readings and ICU's dictionary are both Simplified: 重慶 alone
// reads zhong qing, 重庆 reads chong qing.
const toSimplified = Converter({ from: "t", to: "cn" });

function hanRunToWords(original: string): string[] {
  const simplified = toSimplified(original);
  // Readings are mapped back character by character, so only a same-length conversion is usable.
  const run = Array.from(simplified).length === Array.from(original).length ? simplified : original;
  // The whole run goes to pinyin-pro at once so it can pick the reading a word needs;
  // it returns one syllable per character.
  const syllables = pinyin(run, { toneType: "none", type: "array", v: true });
  let index = 0;
  return hanWords(run).map((word) => {
    const length = Array.from(word).length;
    const reading = syllables.slice(index, index + length).join("");
    index += length;
    return latinWords(reading).join("");
  });
}

function words(headline: string): string[] {
  const result: string[] = [];
  for (const run of headline.match(/\p{Script=Han}+|[^\p{Script=Han}]+/gu) ?? []) {
    result.push(...(/\p{Script=Han}/u.test(run) ? hanRunToWords(run) : latinWords(run)));
  }
  return result.filter(Boolean);
}

function cutToLength(parts: string[], maxLength: number): string {
  let slug = "";
  for (const part of parts) {
    const next = slug === "" ? part : `${slug}-${part}`;
    if (next.length > maxLength) break;
    slug = next;
  }
  // A single overlong word is cut rather than lost.
  return slug === "" ? (parts[0] ?? "").slice(0, maxLength) : slug;
}

/**
 * The slug `text` transliterates to, or "" when nothing in it survives (only symbols or
 * emoji): callers that must not invent a name (a section's address) refuse that.
 */
export function slugOrEmpty(text: string, { maxWords = 8 }: { maxWords?: number } = {}): string {
  return cutToLength(words(text).slice(0, Math.max(1, maxWords)), MAX_SLUG_LENGTH);
}

/** A readable ASCII slug of at most `maxWords` words and 80 characters; never empty. */
export function slugify(headline: string, options: { maxWords?: number } = {}): string {
  return slugOrEmpty(headline, options) || FALLBACK;
}

/**
 * `base`, or `base-2`, `base-3`… whichever is free first. The suffix is made to fit
 * within the length limit. After `maxAttempts` taken slugs it falls back to a random
 * suffix rather than querying forever, and throws if even that is taken.
 */
export async function uniqueSlug(
  base: string,
  isTaken: (slug: string) => Promise<boolean>,
  { maxAttempts = 100 }: { maxAttempts?: number } = {},
): Promise<string> {
  const root = base === "" ? FALLBACK : base;
  const withSuffix = (suffix: string) =>
    `${root.slice(0, MAX_SLUG_LENGTH - suffix.length - 1).replace(/-+$/, "")}-${suffix}`;
  if (!(await isTaken(root))) return root;
  for (let n = 2; n <= maxAttempts; n++) {
    const candidate = withSuffix(String(n));
    if (!(await isTaken(candidate))) return candidate;
  }
  const random = withSuffix(Math.random().toString(36).slice(2, 8).padEnd(6, "0"));
  if (!(await isTaken(random))) return random;
  throw new Error(`uniqueSlug: no free slug for "${root}" after ${maxAttempts} attempts`);
}
