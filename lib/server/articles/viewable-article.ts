import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { can, canViewAll, type Actor, type ArticleAccess } from "@/lib/workflow/permissions";
import { accessSelect, isUuid, toArticleAccess } from "./load-article-access";

export type ViewableArticle<S extends Prisma.ArticleSelect> = {
  article: Prisma.ArticleGetPayload<{ select: typeof accessSelect & S }>;
  access: ArticleAccess;
};

const notFound = () => new AppError("NOT_FOUND", "There is no such article.");

/**
 * "May this person see this article": the article with the fields `select` names (plus
 * what permissions need), or NOT_FOUND when there is none or they may not see it, so a
 * refusal never reveals that an article exists. Every use-case that loads an article by
 * id for a person starts here. `actor` null is the system (the scheduler), which sees all.
 * A `select` that names `bylines` must include `contributor.userId` (the access facts).
 */
export async function loadViewableArticle<S extends Prisma.ArticleSelect = Record<never, never>>(
  actor: Actor | null,
  articleId: string,
  select?: S,
): Promise<ViewableArticle<S>> {
  if (!isUuid(articleId)) throw notFound();
  const row = await db.article.findUnique({
    where: { id: articleId },
    select: { ...accessSelect, ...select },
  });
  const article = row as ViewableArticle<S>["article"] | null;
  // Prisma cannot see through a generic select that the access fields are there; they are.
  const access = row && toArticleAccess(row as unknown as Parameters<typeof toArticleAccess>[0]);
  if (!article || !access || (actor && !can(actor, "article.view", access))) throw notFound();
  return { article, access };
}

/**
 * The same rule for lists, folded into the query: the articles this person may see (all
 * for editors; for a reporter, the ones they created or hold a byline on).
 */
export function visibleArticlesWhere(actor: Actor): Prisma.ArticleWhereInput {
  if (canViewAll(actor)) return {};
  return {
    OR: [{ createdById: actor.id }, { bylines: { some: { contributor: { userId: actor.id } } } }],
  };
}
