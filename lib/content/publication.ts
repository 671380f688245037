import type { ArticleLanguage } from "./credits";
import type { SocialAccount } from "@/lib/schemas/settings";

/**
 * The publication as readers meet it: its name and tagline in each script and in English,
 * its logo, social accounts and copyright line. Pure, so feeds, JSON-LD and pages pick a
 * name with the same rule.
 */
export type PublicationView = {
  names: Record<ArticleLanguage, string>;
  taglines: Record<ArticleLanguage, string>;
  logo: { url: string; width: number; height: number } | null;
  logoMediaId: string | null;
  defaultLanguage: ArticleLanguage;
  socialAccounts: SocialAccount[];
  copyright: string;
  /** The address readers use, as an origin; null when none is set. */
  publicUrl: string | null;
  version: number;
};

/** The name for a page in `language` (繁 pages nameHant, 简 nameHans, English nameEn). */
export function publicationName(publication: PublicationView, language: ArticleLanguage): string {
  return publication.names[language];
}

/** The tagline in `language`, else the first one that is set (a tagline left empty in one script). */
export function publicationTagline(
  publication: PublicationView,
  language: ArticleLanguage,
): string {
  const { taglines } = publication;
  return taglines[language] || taglines["zh-Hant"] || taglines["zh-Hans"] || taglines.en;
}

/**
 * The language a reader page speaks for its chrome: English for the English UI, else the
 * 繁/简 the reader sees (their choice, else their Chinese UI's script).
 */
export function readerLanguage(locale: string, shown: "hant" | "hans" | null): ArticleLanguage {
  if (locale === "en") return "en";
  if (shown === "hans") return "zh-Hans";
  if (shown === "hant") return "zh-Hant";
  return locale === "zh-Hans" ? "zh-Hans" : "zh-Hant";
}
