import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { cacheTags, tagsForArticlePage } from "@/lib/cache-tags";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Actor, ArticleAccess } from "@/lib/workflow/permissions";
import { invalidateTags } from "../cache/reader-cache";
import { log } from "@/lib/log";
import { loadViewableArticle } from "../articles/viewable-article";
import { reindexLiveVersion } from "../search/search-vector";

/** Why a live change was refused (AppError details.reason), for the sentence the desk reads. */
export type LiveRefusal =
  | "notLive"
  | "notOpen"
  | "ended"
  | "notEnded"
  | "empty"
  | "authors"
  | "stale"
  | "removed"
  | "notPending"
  | "corrected";

export const liveRefusal = (
  code: "CONFLICT" | "INVALID_INPUT",
  reason: LiveRefusal,
  message: string,
) => new AppError(code, message, { reason });

const coverageSelect = {
  id: true,
  kind: true,
  slug: true,
  status: true,
  liveEndedAt: true,
  sectionId: true,
} satisfies Prisma.ArticleSelect;

export type Coverage = {
  article: Prisma.ArticleGetPayload<{ select: typeof coverageSelect }>;
  access: ArticleAccess;
};

/**
 * Live coverage this person may see, or NOT_FOUND (as any article they may not see); an
 * ordinary story is refused with a sentence rather than taking updates.
 */
export async function loadCoverage(actor: Actor, articleId: string): Promise<Coverage> {
  const { article, access } = await loadViewableArticle(actor, articleId, coverageSelect);
  if (article.kind !== "LIVE")
    throw liveRefusal("CONFLICT", "notLive", "This article is a story, not live coverage.");
  return { article, access };
}

/** Updates go only to coverage that is published and has not ended. */
export function assertOpen(article: Coverage["article"]): void {
  if (article.status !== "PUBLISHED")
    throw liveRefusal(
      "CONFLICT",
      "notOpen",
      "The coverage is not published: publish it to open the coverage, then add updates.",
    );
  if (article.liveEndedAt)
    throw liveRefusal(
      "CONFLICT",
      "ended",
      "The coverage has ended: reopen it to add or change updates.",
    );
}

/** The update with its coverage, for a person who may see the coverage (else NOT_FOUND). */
export async function loadUpdate(actor: Actor, updateId: string) {
  const row = await db.liveUpdate.findUnique({
    where: { id: updateId },
    select: {
      id: true,
      articleId: true,
      status: true,
      version: true,
      createdById: true,
      isKey: true,
      correction: true,
    },
  });
  if (!row) throw new AppError("NOT_FOUND", "There is no such update.");
  const coverage = await loadCoverage(actor, row.articleId).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "NOT_FOUND")
      throw new AppError("NOT_FOUND", "There is no such update.");
    throw error;
  });
  return { update: row, ...coverage };
}

/** What a change to the coverage's updates drops: its page, and the feeds and sitemaps naming it. */
export function invalidateCoverage(
  article: { id: string; slug: string },
  extra: string[] = [],
): void {
  invalidateTags([
    ...tagsForArticlePage(article.id, article.slug),
    cacheTags.feeds,
    cacheTags.sitemaps,
    ...extra,
  ]);
}

/** The stale-edit refusal: who changed the update last and when, for the sentence. */
export async function staleUpdate(updateId: string): Promise<AppError> {
  const current = await db.liveUpdate.findUnique({
    where: { id: updateId },
    select: { status: true },
  });
  if (current?.status === "REMOVED")
    return liveRefusal(
      "CONFLICT",
      "removed",
      "The update was removed meanwhile: nothing was changed.",
    );
  return liveRefusal(
    "CONFLICT",
    "stale",
    "Someone else changed this update meanwhile: reload to see their version; nothing was changed.",
  );
}

/**
 * Rewrites the coverage's search document after its updates changed for readers, so
 * search finds it by an update's words. After the readers' invalidation: their pages do
 * not wait for it. A failure is logged; the next change writes it again.
 */
export async function reindexCoverage(articleId: string): Promise<void> {
  try {
    await reindexLiveVersion(db, articleId);
    invalidateTags([cacheTags.home]); // search result pages listen to `home`
  } catch (error) {
    log.warn({ err: error, articleId }, "could not reindex live coverage for search");
  }
}
