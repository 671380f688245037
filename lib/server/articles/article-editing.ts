import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Language } from "@/lib/generated/prisma/client";
import type { TArticleFields } from "@/lib/schemas/article";

/** Between the API's language tags and the database enum. */
export const LANGUAGE_TO_DB: Record<TArticleFields["language"], Language> = {
  "zh-Hant": "zh_Hant",
  "zh-Hans": "zh_Hans",
  en: "en",
};
export const LANGUAGE_FROM_DB: Record<Language, TArticleFields["language"]> = {
  zh_Hant: "zh-Hant",
  zh_Hans: "zh-Hans",
  en: "en",
};

/** Everything the editor shows of the working copy. */
export const editableSelect = {
  id: true,
  version: true,
  status: true,
  headline: true,
  dek: true,
  slug: true,
  language: true,
  datelinePlace: true,
  datelineDate: true,
  sectionId: true,
  seoTitle: true,
  seoDescription: true,
  featuredImageId: true,
  body: true,
  publishedAt: true,
  updatedAt: true,
  createdById: true,
  tags: { select: { tagId: true }, orderBy: { position: "asc" } },
  bylines: {
    select: { contributorId: true, role: true, contributor: { select: { userId: true } } },
    orderBy: { position: "asc" },
  },
} satisfies Prisma.ArticleSelect;

export type EditableRow = Prisma.ArticleGetPayload<{ select: typeof editableSelect }>;

/** The working copy as the editor and revisions see it (JSON-safe). */
export type WorkingCopy = { version: number; updatedAt: string; fields: TArticleFields };

export function toWorkingCopy(row: EditableRow): WorkingCopy {
  return {
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
    fields: {
      headline: row.headline,
      dek: row.dek,
      slug: row.slug,
      sectionId: row.sectionId,
      tagIds: row.tags.map((tag) => tag.tagId),
      language: LANGUAGE_FROM_DB[row.language],
      datelinePlace: row.datelinePlace,
      datelineDate: row.datelineDate ? row.datelineDate.toISOString().slice(0, 10) : null,
      seoTitle: row.seoTitle,
      seoDescription: row.seoDescription,
      featuredImageId: row.featuredImageId,
      bylines: row.bylines.map((byline) => ({
        contributorId: byline.contributorId,
        role: byline.role,
      })),
      body: row.body,
    },
  };
}
