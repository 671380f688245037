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

/** Maps one language tag to a UI locale: zh-TW/HK/MO and zh-Hant* read Traditional. */
function matchTag(tag: string): Locale | undefined {
  const lower = tag.toLowerCase();
  if (lower === "en" || lower.startsWith("en-")) return "en";
  if (!(lower === "zh" || lower.startsWith("zh-"))) return undefined;
  if (/^zh-(hant|tw|hk|mo)\b/.test(lower)) return "zh-Hant";
  return "zh-Hans";
}

/** The UI locale an Accept-Language header asks for, honouring q-values; undefined when none fits. */
export function matchAcceptLanguage(acceptLanguage: string | null | undefined): Locale | undefined {
  if (!acceptLanguage) return undefined;
  const ranked = acceptLanguage
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const quality = q ? Number(q.slice(2)) : 1;
      return { tag: tag.trim(), quality: Number.isFinite(quality) ? quality : 0, index };
    })
    .filter((entry) => entry.tag && entry.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  for (const entry of ranked) {
    const locale = matchTag(entry.tag);
    if (locale) return locale;
  }
  return undefined;
}

/** Picks the best UI locale from an Accept-Language header, honouring q-values. */
export function negotiateLocale(acceptLanguage: string | null | undefined): Locale {
  return matchAcceptLanguage(acceptLanguage) ?? DEFAULT_LOCALE;
}

const asked = new Map<string, "hans" | "hant" | null>();

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
  if (isLocale(cookieLocale)) return scriptOfLocale(cookieLocale);
  const header = acceptLanguage ?? "";
  let script = asked.get(header);
  if (script === undefined) {
    const locale = matchAcceptLanguage(header);
    script = locale ? scriptOfLocale(locale) : null;
    if (asked.size < 1_000) asked.set(header, script);
  }
  return script;
}

function scriptOfLocale(locale: Locale): "hans" | "hant" | null {
  return locale === "zh-Hans" ? "hans" : locale === "zh-Hant" ? "hant" : null;
}
