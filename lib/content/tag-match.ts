/**
 * How a tag's name is compared and searched across scripts: the newsroom types 复工 and
 * means the tag 復工. Tag names are short, so rather than store a folded copy of every
 * name, a query is turned into the forms a name can be stored in (as typed, Simplified,
 * Traditional), each compared case-insensitively; equality is decided on the folded key.
 */
import { normalizeSearchText } from "./search-text";
import { toSimplified, toTraditional } from "./script-convert";
import { slugOrEmpty } from "./slug";

/** The form two names are the same tag in: NFKC, lower case, Simplified, spaces folded. */
export function tagNameKey(name: string): string {
  return normalizeSearchText(name).trim().replace(/\s+/g, " ");
}

/** Escapes LIKE's wildcards, so a typed % or _ is matched as itself. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (ch) => `\\${ch}`);
}

export type TagQuery = {
  /** The lower-case forms a matching name may contain (as typed, Simplified, Traditional). */
  names: string[];
  /** A slug fragment to match too, for Latin queries (`fu-gong`, `covid`); null for Han. */
  slug: string | null;
};

const HAN = /\p{Script=Han}/u;

/** The forms of `q` to look for; empty names when `q` is blank. */
export function tagQuery(q: string): TagQuery {
  const typed = q.normalize("NFKC").trim().replace(/\s+/g, " ").toLowerCase();
  if (!typed) return { names: [], slug: null };
  const names = [...new Set([typed, toSimplified(typed), toTraditional(typed)])];
  // A Han query's pinyin would also find every homophone: names alone decide there.
  const slug = HAN.test(typed) ? null : slugOrEmpty(typed, { maxWords: 8 }) || null;
  return { names, slug };
}
