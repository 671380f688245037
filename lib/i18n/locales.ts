import { match } from "@formatjs/intl-localematcher";

/** UI languages. zh-Hans is the default; the reader's article script is a separate choice. */
export const LOCALES = ["zh-Hans", "zh-Hant", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "zh-Hans";
export const LOCALE_COOKIE = "galley-locale";

export const LOCALE_NAMES: Record<Locale, string> = {
  "zh-Hans": "简体中文",
  "zh-Hant": "繁體中文",
  en: "English",
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

const NONE = "und";

/**
 * The UI locale one language tag reads best in, by CLDR's language matching (zh-TW,
 * zh-HK, zh-MO and zh-Hant* read Traditional; zh, zh-CN and zh-SG Simplified).
 */
function matchTag(tag: string): Locale | undefined {
  try {
    const locale = match([tag], LOCALES, NONE, { algorithm: "best fit" });
    return isLocale(locale) ? locale : undefined;
  } catch {
    return undefined; // not a well-formed language tag ("*", garbage)
  }
}

/** The header's language tags, most wanted first (q-values, then the order given). */
function rankedTags(acceptLanguage: string): string[] {
  return acceptLanguage
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const quality = q ? Number(q.slice(2)) : 1;
      return { tag: tag.trim(), quality: Number.isFinite(quality) ? quality : 0, index };
    })
    .filter((entry) => entry.tag && entry.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index)
    .map((entry) => entry.tag);
}

// Matching costs ~60 µs a header and browsers send few distinct ones: remember them.
const matched = new Map<string, Locale | null>();

/**
 * The UI locale an Accept-Language header asks for: the first tag, in the reader's order
 * of preference, that one of ours serves (a tag is matched on its own, so a preferred
 * zh-HK wins over a later exact "en"); undefined when none fits.
 */
export function matchAcceptLanguage(acceptLanguage: string | null | undefined): Locale | undefined {
  if (!acceptLanguage) return undefined;
  let locale = matched.get(acceptLanguage);
  if (locale === undefined) {
    locale = null;
    for (const tag of rankedTags(acceptLanguage)) {
      const found = matchTag(tag);
      if (found) {
        locale = found;
        break;
      }
    }
    if (matched.size < 1_000) matched.set(acceptLanguage, locale);
  }
  return locale ?? undefined;
}

/** Picks the best UI locale from an Accept-Language header, honouring q-values. */
export function negotiateLocale(acceptLanguage: string | null | undefined): Locale {
  return matchAcceptLanguage(acceptLanguage) ?? DEFAULT_LOCALE;
}

/**
 * The script a reader who asked for Chinese reads articles in when the URL names none:
 * a 简体 UI (chosen with the switcher, or a zh-CN browser) reads Simplified, a 繁體 one
 * Traditional. Null for English, and when nobody asked (no header, or only languages
 * Galley does not speak: crawlers), so a bare article URL keeps the article's own script.
 */
export function askedScript(
  cookieLocale: string | undefined,
  acceptLanguage: string | null | undefined,
): "hans" | "hant" | null {
  const locale = isLocale(cookieLocale) ? cookieLocale : matchAcceptLanguage(acceptLanguage);
  return locale === "zh-Hans" ? "hans" : locale === "zh-Hant" ? "hant" : null;
}
