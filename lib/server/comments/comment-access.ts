import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { CommentAnchor, CommentView } from "@/lib/schemas/comment";
import { type Actor, type ArticleAccess } from "@/lib/workflow/permissions";
import { loadViewableArticle } from "../articles/viewable-article";
import { authorize } from "../auth/authorize";

/** As loadViewableArticle, then FORBIDDEN (audited) without "article.comment" on it. */
export async function authorizeComment(
  actor: Actor,
  articleId: string,
  ip?: string | null,
): Promise<ArticleAccess> {
  const { access } = await loadViewableArticle(actor, articleId);
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
