import type { ArticleLanguage, CreditEntry } from "@/lib/content/credits";
import type { Language } from "@/lib/generated/prisma/client";
import type { FeaturedImage } from "../media/featured-image";

/** A correction as readers see it: shown at once, never deleted. */
export type ArticleCorrection = { id: string; text: string; correctedAt: Date };

/**
 * What an article page shows: a live snapshot on the reader site, or the working copy
 * in a preview (which may never have been published, hence the nullable time).
 */
export type ArticleView = {
  headline: string;
  dek: string | null;
  language: ArticleLanguage;
  datelinePlace: string | null;
  datelineDate: Date | null;
  section: { slug: string; name: string; nameEn: string } | null;
  credits: CreditEntry[];
  /** Shown above the body, and the picture of the page's share card. */
  featuredImage: FeaturedImage | null;
  bodyHtml: string;
  publishedAt: Date | null;
  updatedAt: Date | null;
  corrections: ArticleCorrection[];
};

/** What the reader site shows of a live snapshot. */
export type PublishedArticle = ArticleView & {
  id: string;
  slug: string;
  publishedAt: Date;
  sectionId: string | null;
  tagIds: string[];
  seoTitle: string | null;
  seoDescription: string | null;
  /** Live coverage (with updates, lib/server/reader/live-updates.ts) or a story. */
  kind: "STORY" | "LIVE";
  /** Live coverage: when it ended (null while it runs). */
  liveEndedAt: Date | null;
};

export type PublishedSummary = Pick<
  PublishedArticle,
  "id" | "slug" | "headline" | "dek" | "language" | "section" | "publishedAt" | "updatedAt"
>;

const LANGUAGES: Record<Language, ArticleLanguage> = {
  zh_Hant: "zh-Hant",
  zh_Hans: "zh-Hans",
  en: "en",
};

export function toArticleLanguage(language: Language): ArticleLanguage {
  return LANGUAGES[language];
}

/** Bylines are frozen into the snapshot as JSON; read them defensively. */
export function readSnapshotCredits(value: unknown): CreditEntry[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry: unknown) => {
    if (typeof entry !== "object" || entry === null) return [];
    const { name, slug, role, kind } = entry as Record<string, unknown>;
    if (typeof name !== "string" || typeof role !== "string") return [];
    return [
      {
        name,
        role: role as CreditEntry["role"],
        ...(typeof slug === "string" ? { slug } : {}),
        ...(kind === "ORGANIZATION" || kind === "PERSON" ? { kind } : {}),
      },
    ];
  });
}
