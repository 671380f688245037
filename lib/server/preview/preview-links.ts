import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import {
  hashPreviewToken,
  newPreviewToken,
  PREVIEW_LINK_HOURS,
} from "@/lib/security/preview-token";
import type { Actor } from "@/lib/workflow/permissions";
import { recordAudit } from "../audit/record-audit";
import { accessSelect, isUuid, toArticleAccess } from "../articles/load-article-access";
import { canSharePreview, requireShareable } from "./share-access";

export type PreviewLinkRow = {
  id: string;
  expiresAt: Date;
  createdAt: Date;
  createdByName: string | null;
};

/**
 * "Share preview": a secret link to the working copy, valid PREVIEW_LINK_HOURS. The token
 * is returned once, here; the database keeps only its hash, so it cannot be shown again.
 */
export async function createPreviewLink(
  actor: Actor,
  articleId: string,
  ip: string | null = null,
): Promise<{ id: string; token: string; expiresAt: Date }> {
  await requireShareable(actor, articleId, ip);
  const token = newPreviewToken();
  const link = await db.previewLink.create({
    data: {
      articleId,
      tokenHash: hashPreviewToken(token),
      expiresAt: new Date(Date.now() + PREVIEW_LINK_HOURS * 3600_000),
      createdById: actor.id,
    },
    select: { id: true, expiresAt: true },
  });
  await recordAudit({
    actorId: actor.id,
    action: "article.share-preview",
    outcome: "ALLOWED",
    resourceType: "article",
    resourceId: articleId,
    ip,
    details: { previewLinkId: link.id, expiresAt: link.expiresAt.toISOString() },
  });
  return { id: link.id, token, expiresAt: link.expiresAt };
}

/** "Revoke": the link stops working at once. Revoking twice is harmless. */
export async function revokePreviewLink(
  actor: Actor,
  articleId: string,
  linkId: string,
  ip: string | null = null,
): Promise<void> {
  await requireShareable(actor, articleId, ip);
  if (!isUuid(linkId)) throw new AppError("NOT_FOUND", "There is no such preview link.");
  const link = await db.previewLink.findFirst({
    where: { id: linkId, articleId },
    select: { revokedAt: true },
  });
  if (!link) throw new AppError("NOT_FOUND", "There is no such preview link.");
  if (link.revokedAt) return;
  await db.previewLink.update({ where: { id: linkId }, data: { revokedAt: new Date() } });
  await recordAudit({
    actorId: actor.id,
    action: "article.revoke-preview",
    outcome: "ALLOWED",
    resourceType: "article",
    resourceId: articleId,
    ip,
    details: { previewLinkId: linkId },
  });
}

/**
 * The links that still open a preview, soonest to expire first, and whether `actor` may
 * make or revoke them. Someone who may only view the article gets no links (never an error).
 */
export async function listPreviewLinks(
  actor: Actor,
  articleId: string,
): Promise<{ canShare: boolean; links: PreviewLinkRow[] }> {
  if (!isUuid(articleId)) throw new AppError("NOT_FOUND", "There is no such article.");
  const article = await db.article.findUnique({ where: { id: articleId }, select: accessSelect });
  const access = article && toArticleAccess(article);
  if (!access || !canSharePreview(actor, access)) return { canShare: false, links: [] };
  const rows = await db.previewLink.findMany({
    where: { articleId, revokedAt: null, expiresAt: { gt: new Date() } },
    orderBy: [{ expiresAt: "asc" }, { id: "asc" }],
    take: 50,
    select: { id: true, expiresAt: true, createdAt: true, createdBy: { select: { name: true } } },
  });
  return {
    canShare: true,
    links: rows.map(({ createdBy, ...row }) => ({
      ...row,
      createdByName: createdBy?.name ?? null,
    })),
  };
}
