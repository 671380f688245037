import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { CommentAnchor, CommentView } from "@/lib/schemas/comment";
import { can, type Actor, type ArticleAccess } from "@/lib/workflow/permissions";
import { accessSelect, isUuid, toArticleAccess } from "../articles/load-article-access";
import { authorize } from "../auth/authorize";

const notFound = () => new AppError("NOT_FOUND", "There is no such article.");

/**
 * The article's access facts, or NOT_FOUND when this person may not see it (so a
 * comment never reveals that an article exists).
 */
export async function loadViewableArticle(actor: Actor, articleId: string): Promise<ArticleAccess> {
  if (!isUuid(articleId)) throw notFound();
  const row = await db.article.findUnique({ where: { id: articleId }, select: accessSelect });
  const access = row && toArticleAccess(row);
  if (!access || !can(actor, "article.view", access)) throw notFound();
  return access;
}

/** As loadViewableArticle, then FORBIDDEN (audited) without "article.comment" on it. */
export async function authorizeComment(
  actor: Actor,
  articleId: string,
  ip?: string | null,
): Promise<ArticleAccess> {
  const access = await loadViewableArticle(actor, articleId);
  await authorize(actor, "article.comment", {
    article: access,
    resourceType: "article",
    resourceId: articleId,
    ip: ip ?? null,
  });
  return access;
}

export const commentViewSelect = {
  id: true,
  parentId: true,
  body: true,
  anchor: true,
  createdAt: true,
  resolvedAt: true,
  author: { select: { id: true, name: true } },
  resolvedBy: { select: { id: true, name: true } },
} satisfies Prisma.CommentSelect;

type CommentRow = Prisma.CommentGetPayload<{ select: typeof commentViewSelect }>;

function toAnchor(value: unknown): CommentAnchor | null {
  if (typeof value !== "object" || value === null) return null;
  const { markId, quote } = value as Record<string, unknown>;
  return typeof markId === "string" && typeof quote === "string" ? { markId, quote } : null;
}

export function toCommentView(row: CommentRow): CommentView {
  return {
    id: row.id,
    parentId: row.parentId,
    body: row.body,
    createdAt: row.createdAt.toISOString(),
    author: row.author,
    anchor: toAnchor(row.anchor),
    resolvedAt: row.resolvedAt?.toISOString() ?? null,
    resolvedBy: row.resolvedBy,
  };
}
