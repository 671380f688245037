import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ArticleAccess } from "@/lib/workflow/permissions";

/** What permission checks need about an article, selected alongside whatever else a use-case loads. */
export const accessSelect = {
  createdById: true,
  status: true,
  bylines: { select: { contributor: { select: { userId: true } } } },
} satisfies Prisma.ArticleSelect;

export function toArticleAccess(article: {
  createdById: string;
  status: ArticleAccess["status"];
  bylines: Array<{ contributor: { userId: string | null } }>;
}): ArticleAccess {
  return {
    createdById: article.createdById,
    status: article.status,
    bylineUserIds: article.bylines.flatMap((byline) =>
      byline.contributor.userId ? [byline.contributor.userId] : [],
    ),
  };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids come from URLs: anything that is not a UUID names no article (and must not reach the database as one). */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}
