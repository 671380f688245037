import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TArticleFields } from "@/lib/schemas/article";
import { articleColumnSelect, columnsToFields } from "./article-columns";

export { LANGUAGE_FROM_DB, LANGUAGE_TO_DB } from "./article-columns";

/** Everything the editor shows of the working copy. */
export const editableSelect = {
  id: true,
  version: true,
  metaVersion: true,
  status: true,
  ...articleColumnSelect,
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

/**
 * The working copy as the editor and revisions see it (JSON-safe). `metaVersion` is what
 * a co-editing page's metadata saves are guarded on (the body moves without it).
 */
export type WorkingCopy = {
  version: number;
  metaVersion: number;
  updatedAt: string;
  fields: TArticleFields;
};

export function toWorkingCopy(row: EditableRow): WorkingCopy {
  return {
    version: row.version,
    metaVersion: row.metaVersion,
    updatedAt: row.updatedAt.toISOString(),
    fields: {
      ...columnsToFields(row),
      tagIds: row.tags.map((tag) => tag.tagId),
      bylines: row.bylines.map((byline) => ({
        contributorId: byline.contributorId,
        role: byline.role,
      })),
    },
  };
}
