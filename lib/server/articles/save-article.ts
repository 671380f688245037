import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { validateDoc } from "@/lib/content/validate-doc";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { TArticleSave } from "@/lib/schemas/article";
import { type Actor } from "@/lib/workflow/permissions";
import { authorize } from "../auth/authorize";
import { currentTagIds } from "../tags/current-tag-ids";
import { fieldsToColumns } from "./article-columns";
import { editableSelect, toWorkingCopy, type WorkingCopy } from "./article-editing";
import { mediaUsages, sameUsages, syncArticleMedia } from "./article-media";
import { saveTextOnly } from "./save-text-only";
import { loadViewableArticle } from "./viewable-article";
import { pushBodyToCollab } from "../collab/body-store";

/** At most one autosave snapshot per person per article in this window (manual saves always). */
export const AUTOSAVE_REVISION_GAP_MS = 2 * 60 * 1000;

export type SaveResult = {
  version: number;
  metaVersion: number;
  savedAt: string;
  revisionId: string | null;
};

/** A stale save: the client keeps its text and shows both versions side by side. */
export class SaveConflict extends AppError {
  constructor(readonly current: WorkingCopy) {
    super(
      "CONFLICT",
      "Someone saved this article after you opened it; compare both versions before saving.",
    );
  }
}

/**
 * Saves the working copy. Applied only if `baseVersion` is still current, by one guarded
 * UPDATE … WHERE id AND version; otherwise SaveConflict with the current copy. The body
 * is validated against the editor's schema first; nothing of a refused save is written.
 */
export async function saveArticle(input: {
  actor: Actor;
  articleId: string;
  save: Omit<TArticleSave, "kind"> & { kind: TArticleSave["kind"] | "RESTORE" | "CONVERSION" };
  /** Why, for the revision list (e.g. "Restored the version of 12 Feb 14:05"). */
  reason?: string;
  ip?: string | null;
}): Promise<SaveResult> {
  const { article, access } = await loadViewableArticle(input.actor, input.articleId, {
    slug: true,
    publishedAt: true,
    metaVersion: true,
    body: true,
    tags: { select: { tagId: true }, orderBy: { position: "asc" } },
    bylines: {
      select: { contributorId: true, role: true, contributor: { select: { userId: true } } },
      orderBy: { position: "asc" },
    },
    media: { select: { mediaId: true, usage: true } },
  });
  await authorize(input.actor, "article.edit", {
    article: access,
    resourceType: "article",
    resourceId: input.articleId,
    ip: input.ip ?? null,
  });

  const { fields, baseVersion, kind } = input.save;
  // A co-editing page sends the metadata; its body is the co-editing document's.
  const coEdited =
    input.save.baseMetaVersion === undefined
      ? undefined
      : { baseMetaVersion: input.save.baseMetaVersion };
  const guard = coEdited ? { metaVersion: coEdited.baseMetaVersion } : { version: baseVersion };
  const checked = validateDoc(fields.body);
  if (!checked.ok)
    throw new AppError("INVALID_INPUT", checked.message, { field: "body", reason: checked.code });
  if (
    fields.slug !== article.slug &&
    (await db.article.findUnique({ where: { slug: fields.slug }, select: { id: true } }))
  ) {
    throw new AppError("INVALID_INPUT", "Another article already uses that slug.", {
      field: "slug",
      reason: "SLUG_TAKEN",
    });
  }

  const now = new Date();
  const columns = fieldsToColumns({ ...fields, body: checked.doc });
  if (coEdited) delete columns.body;
  const data: Prisma.ArticleUncheckedUpdateManyInput = {
    ...columns,
    version: { increment: 1 },
    metaVersion: { increment: 1 },
    updatedAt: now,
  };

  const tagsChanged =
    JSON.stringify(article.tags.map((tag) => tag.tagId)) !== JSON.stringify(fields.tagIds);
  const bylinesChanged =
    JSON.stringify(article.bylines.map(({ contributorId, role }) => ({ contributorId, role }))) !==
    JSON.stringify(fields.bylines);
  // Which images the copy uses (body and featured). When that changes, the save takes the
  // transactional path so the ArticleMedia rows change with it; the one-statement path is
  // only for saves that leave them as they are. (A save that succeeds was based on the
  // current version, so the rows read above are the rows of the copy it replaces.)
  const usages = mediaUsages(coEdited ? article.body : checked.doc, fields.featuredImageId);
  const usagesChanged = !sameUsages(article.media, usages);
  try {
    if (!tagsChanged && !bylinesChanged && !usagesChanged && fields.slug === article.slug) {
      const saved = await saveTextOnly({
        articleId: input.articleId,
        actorId: input.actor.id,
        baseVersion,
        kind,
        reason: input.reason ?? null,
        fields,
        body: checked.doc,
        now,
        gapMs: AUTOSAVE_REVISION_GAP_MS,
        ...(coEdited ? { coEdited } : {}),
      });
      if (saved) {
        if (!coEdited) await pushBodyToCollab(input.articleId, checked.doc, input.actor.id);
        return {
          version: saved.version,
          metaVersion: saved.metaVersion,
          savedAt: now.toISOString(),
          revisionId: saved.revisionId,
        };
      }
      const current = await db.article.findUniqueOrThrow({
        where: { id: input.articleId },
        select: editableSelect,
      });
      throw new SaveConflict(toWorkingCopy(current));
    }
    const result = await db.$transaction(async (tx) => {
      const updated = await tx.article.updateMany({
        where: { id: input.articleId, ...guard },
        data,
      });
      if (updated.count !== 1) {
        const current = await tx.article.findUniqueOrThrow({
          where: { id: input.articleId },
          select: editableSelect,
        });
        throw new SaveConflict(toWorkingCopy(current));
      }
      // Tags and bylines are rewritten only when they changed.
      if (tagsChanged) await tx.articleTag.deleteMany({ where: { articleId: input.articleId } });
      if (tagsChanged)
        await tx.articleTag.createMany({
          data: (await currentTagIds(tx, fields.tagIds)).map((tagId, position) => ({
            articleId: input.articleId,
            tagId,
            position,
          })),
        });
      if (bylinesChanged) await tx.byline.deleteMany({ where: { articleId: input.articleId } });
      if (bylinesChanged)
        await tx.byline.createMany({
          data: fields.bylines.map((byline, position) => ({
            articleId: input.articleId,
            ...byline,
            position,
          })),
        });
      if (usagesChanged) await syncArticleMedia(tx, input.articleId, usages);
      // A published article keeps its old URL working: the old slug becomes a 301.
      if (article.publishedAt && fields.slug !== article.slug) {
        await tx.redirect.upsert({
          where: { fromSlug: article.slug },
          update: { articleId: input.articleId },
          create: { fromSlug: article.slug, articleId: input.articleId },
        });
        await tx.redirect.deleteMany({ where: { fromSlug: fields.slug } });
      }
      // The saved copy is what was written: no need to read it back.
      const after = await tx.article.findUniqueOrThrow({
        where: { id: input.articleId },
        select: { version: true, metaVersion: true },
      });
      const copy: WorkingCopy = {
        ...after,
        updatedAt: now.toISOString(),
        fields: { ...fields, body: checked.doc },
      };
      const recentAutosave =
        kind === "AUTOSAVE" &&
        (await tx.revision.findFirst({
          where: {
            articleId: input.articleId,
            authorId: input.actor.id,
            kind: "AUTOSAVE",
            createdAt: { gt: new Date(now.getTime() - AUTOSAVE_REVISION_GAP_MS) },
          },
          select: { id: true },
        }));
      const revision = recentAutosave
        ? null
        : await tx.revision.create({
            data: {
              articleId: input.articleId,
              version: copy.version,
              kind,
              reason: input.reason ?? null,
              snapshot: copy.fields as Prisma.InputJsonValue,
              authorId: input.actor.id,
            },
            select: { id: true },
          });
      return {
        version: copy.version,
        metaVersion: copy.metaVersion,
        savedAt: copy.updatedAt,
        revisionId: revision?.id ?? null,
      };
    });
    if (!coEdited) await pushBodyToCollab(input.articleId, checked.doc, input.actor.id);
    return result;
  } catch (error) {
    // Foreign keys name sections, tags, contributors or media that do not exist.
    if ((error as { code?: string }).code === "P2003")
      throw new AppError(
        "INVALID_INPUT",
        "A section, tag, contributor or image in this save no longer exists.",
        { reason: "MISSING_REFERENCE" },
      );
    if ((error as { code?: string }).code === "P2002")
      throw new AppError(
        "INVALID_INPUT",
        "Another article already uses that slug, or a byline is listed twice.",
        { field: "slug", reason: "SLUG_TAKEN" },
      );
    throw error;
  }
}
