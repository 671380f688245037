import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ArticleAccess } from "@/lib/workflow/permissions";
import { DEFAULT_CHAIN, readChain, type ReviewPosition } from "@/lib/workflow/review-chain";

/** What permission checks need about an article, selected alongside whatever else a use-case loads. */
export const accessSelect = {
  createdById: true,
  status: true,
  bylines: { select: { contributor: { select: { userId: true } } } },
  reviewChain: true,
  reviewStage: true,
  section: { select: { heads: { select: { userId: true } } } },
} satisfies Prisma.ArticleSelect;

type AccessRow = {
  createdById: string;
  status: ArticleAccess["status"];
  bylines: Array<{ contributor: { userId: string | null } }>;
  reviewChain: unknown;
  reviewStage: number | null;
  section: { heads: Array<{ userId: string }> } | null;
};

export function toArticleAccess(article: AccessRow): ArticleAccess {
  return {
    createdById: article.createdById,
    status: article.status,
    bylineUserIds: article.bylines.flatMap((byline) =>
      byline.contributor.userId ? [byline.contributor.userId] : [],
    ),
    review: reviewPositionOf(article),
  };
}

/**
 * Where a story in review stands. A story in review always has a stage; should its stored
 * chain be unreadable or its index out of range, it sits in the default single review
 * (editors can still move it) rather than in a stage no one may pass.
 */
export function reviewPositionOf(
  article: Pick<AccessRow, "status" | "reviewChain" | "reviewStage" | "section">,
): ReviewPosition | null {
  if (article.status !== "SUBMITTED") return null;
  const deskHeadIds = article.section?.heads.map((head) => head.userId) ?? [];
  const chain = readChain(article.reviewChain) ?? DEFAULT_CHAIN;
  const index = article.reviewStage ?? 0;
  if (index < 0 || index >= chain.length) return { chain: DEFAULT_CHAIN, index: 0, deskHeadIds };
  return { chain, index, deskHeadIds };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids come from URLs: anything that is not a UUID names no article (and must not reach the database as one). */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}
