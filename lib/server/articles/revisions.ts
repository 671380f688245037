import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { ZArticleFields, type TArticleFields } from "@/lib/schemas/article";
import { emptyArticleFields } from "@/lib/schemas/article-fields";
import { can, type Actor } from "@/lib/workflow/permissions";
import { toArticleAccess, isUuid } from "./load-article-access";
import { saveArticle } from "./save-article";
import { loadViewableArticle } from "./viewable-article";

export type RevisionRow = {
  id: string;
  version: number;
  kind: string;
  reason: string | null;
  authorName: string | null;
  createdAt: Date;
};

async function requireVisible(actor: Actor, articleId: string) {
  return (await loadViewableArticle(actor, articleId, { version: true, headline: true })).article;
}

/** "History": every snapshot, newest first (who, when, why). */
export async function listRevisions(actor: Actor, articleId: string) {
  const article = await requireVisible(actor, articleId);
  const rows = await db.revision.findMany({
    where: { articleId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 500,
    select: {
      id: true,
      version: true,
      kind: true,
      reason: true,
      createdAt: true,
      author: { select: { name: true } },
    },
  });
  return {
    headline: article.headline,
    currentVersion: article.version,
    canRestore: can(actor, "article.edit", toArticleAccess(article)),
    revisions: rows.map((row): RevisionRow => ({ ...row, authorName: row.author?.name ?? null })),
  };
}

/** Two snapshots to compare. */
export async function getRevisionSnapshots(actor: Actor, articleId: string, ids: [string, string]) {
  await requireVisible(actor, articleId);
  if (!ids.every((id) => isUuid(id))) throw new AppError("NOT_FOUND", "There is no such revision.");
  const rows = await db.revision.findMany({
    where: { articleId, id: { in: ids } },
    select: { id: true, snapshot: true, createdAt: true },
  });
  const pick = (id: string) => rows.find((row) => row.id === id);
  const [before, after] = [pick(ids[0]), pick(ids[1])];
  if (!before || !after) throw new AppError("NOT_FOUND", "There is no such revision.");
  return { before: before.snapshot as TArticleFields, after: after.snapshot as TArticleFields };
}

/**
 * "Restore this version": the snapshot becomes the working copy through the same guarded
 * save as any edit, recorded as a new RESTORE revision; history is never rewritten.
 */
export async function restoreRevision(
  actor: Actor,
  articleId: string,
  revisionId: string,
  ip?: string | null,
) {
  const article = await requireVisible(actor, articleId);
  if (!isUuid(revisionId)) throw new AppError("NOT_FOUND", "There is no such revision.");
  const revision = await db.revision.findFirst({
    where: { id: revisionId, articleId },
    select: { snapshot: true, createdAt: true, version: true },
  });
  if (!revision) throw new AppError("NOT_FOUND", "There is no such revision.");
  // A revision saved before a field existed lacks it: it restores with that field empty
  // (the API itself refuses a save that leaves a field out).
  const fields = ZArticleFields.safeParse({
    ...emptyArticleFields(),
    ...(revision.snapshot as Record<string, unknown>),
  });
  if (!fields.success)
    throw new AppError(
      "INVALID_INPUT",
      "This revision cannot be restored: it was stored in an older format.",
    );
  return saveArticle({
    actor,
    articleId,
    save: { baseVersion: article.version, kind: "RESTORE", fields: fields.data },
    reason: `Restored version ${revision.version} of ${revision.createdAt.toISOString()}`,
    ip: ip ?? null,
  });
}
