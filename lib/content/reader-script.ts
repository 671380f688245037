/**
 * The reader's 繁/简 choice: every Chinese article and listing can be read in either
 * script at its own URL (`?script=hans` / `?script=hant`). Conversion is OpenCC (see
 * script-convert.ts); only text converts, never markup, URLs or pinyin readings.
 */
import type { ArticleLanguage } from "./credits";
import { toSimplified, toTraditional, type Script } from "./script-convert";

export type { Script };

export function parseScript(value: unknown): Script | null {
  return value === "hans" || value === "hant" ? value : null;
}

/** The script an article is written in; null for English. */
export function scriptOf(language: ArticleLanguage): Script | null {
  if (language === "zh-Hant") return "hant";
  if (language === "zh-Hans") return "hans";
  return null;
}

export function languageOf(script: Script): ArticleLanguage {
  return script === "hant" ? "zh-Hant" : "zh-Hans";
}

/**
 * What a piece of copy in `language` reads as when the reader asked for `wanted`:
 * converted Chinese, or unchanged (English, or already in that script).
 */
export function convertText(
  text: string,
  language: ArticleLanguage,
  wanted: Script | null,
): string {
  const own = scriptOf(language);
  if (!wanted || !own || own === wanted) return text;
  return wanted === "hans" ? toSimplified(text) : toTraditional(text);
}

/** The language tag a piece of copy carries once shown in `wanted`. */
export function shownLanguage(language: ArticleLanguage, wanted: Script | null): ArticleLanguage {
  return wanted && scriptOf(language) ? languageOf(wanted) : language;
}

const RT = /(<rt\b[^>]*>[\s\S]*?<\/rt>)/;

/**
 * Converts the text of server-rendered HTML: tags, attributes and ruby readings (<rt>,
 * pinyin) are left as they are.
 */
export function convertHtml(
  html: string,
  language: ArticleLanguage,
  wanted: Script | null,
): string {
  const own = scriptOf(language);
  if (!wanted || !own || own === wanted) return html;
  return html
    .split(RT)
    .map((part, index) =>
      index % 2 === 1
        ? part
        : part
            .split(/(<[^>]*>)/)
            .map((piece) => (piece.startsWith("<") ? piece : convertText(piece, language, wanted)))
            .join(""),
    )
    .join("");
}

/**
 * A name the newsroom keeps in its own script (sections, tags, contributors and their
 * bios: Traditional, like the seed's 要聞) as a reader in `wanted` reads it.
 */
export function nameInScript<T extends string | null>(name: T, wanted: Script | null): T {
  return (name === null ? name : convertText(name, "zh-Hant", wanted)) as T;
}

/**
 * A section's Chinese name in `wanted`: its own Simplified name when the desk gave one
 * (OpenCC's conversion is not always the name a desk uses), else the converted name.
 */
export function sectionNameIn(
  section: { name: string; nameHans?: string | null },
  wanted: Script | null,
): string {
  return wanted === "hans" && section.nameHans
    ? section.nameHans
    : nameInScript(section.name, wanted);
}

/** A section's name beside copy shown in `language`: its English name beside English copy. */
export function sectionNameFor(
  section: { name: string; nameHans?: string | null; nameEn: string },
  language: ArticleLanguage,
): string {
  return language === "en" ? section.nameEn : sectionNameIn(section, scriptOf(language));
}

/** A section's name in a newsroom UI language (zh-Hant, zh-Hans or en). */
export function sectionNameInUi(
  section: { name: string; nameHans?: string | null; nameEn: string },
  locale: string,
): string {
  return sectionNameFor(section, locale === "en" || locale === "zh-Hans" ? locale : "zh-Hant");
}
