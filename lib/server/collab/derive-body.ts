import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { loadYDoc, yDocToBody } from "@/lib/content/collab-doc";
import { sameDoc, type Doc } from "@/lib/content/doc";
import { validateDoc } from "@/lib/content/validate-doc";
import { db } from "@/lib/db";
import { log } from "@/lib/log";
import { editableSelect, toWorkingCopy } from "../articles/article-editing";
import { mediaUsages, sameUsages, syncArticleMedia } from "../articles/article-media";
import { AUTOSAVE_REVISION_GAP_MS } from "../articles/save-article";
import { recordSuggestions } from "../articles/suggestion-records";
import * as Y from "yjs";

export type Derived = { version: number; metaVersion: number; changed: boolean };

/**
 * Folds the appended updates into the stored state (compaction) and returns the body as
 * Tiptap JSON with the last person who changed it. The row lock serialises derivations of
 * one article across instances; only the rows read are deleted, so an update committed
 * meanwhile (ids are not committed in order) stays for the next one.
 */
async function compact(
  articleId: string,
): Promise<{ body: Doc; lastUserId: string | null } | null> {
  return db.$transaction(async (tx) => {
    const docs = await tx.$queryRaw<Array<{ state: Uint8Array }>>`
      select state from "ArticleBodyDoc" where "articleId" = ${articleId}::uuid for update`;
    if (!docs[0]) return null;
    const updates = await tx.$queryRaw<
      Array<{ id: bigint; data: Uint8Array; userId: string | null }>
    >`
      select id, data, "userId"::text as "userId" from "ArticleBodyUpdate"
      where "articleId" = ${articleId}::uuid order by id`;
    const ydoc = loadYDoc([docs[0].state, ...updates.map((row) => row.data)]);
    const body = yDocToBody(ydoc);
    if (updates.length > 0) {
      const state = Buffer.from(Y.encodeStateAsUpdate(ydoc));
      await tx.$executeRaw`
        update "ArticleBodyDoc" set state = ${state}, "updatedAt" = now()
        where "articleId" = ${articleId}::uuid`;
      await tx.articleBodyUpdate.deleteMany({
        where: { id: { in: updates.map((row) => row.id) } },
      });
    }
    ydoc.destroy();
    const lastUserId = updates.findLast((row) => row.userId)?.userId ?? null;
    return { body, lastUserId };
  });
}

/**
 * The working copy's body made equal to the co-editing document: bumps `version` (not
 * `metaVersion`), keeps the ArticleMedia rows, and cuts a revision (an AUTOSAVE at most
 * every two minutes per person, like typed saves; a MANUAL one whenever asked). A body
 * the editor's schema refuses is logged and not written. Retries a lost race on version.
 */
export async function deriveBody(
  articleId: string,
  options: { kind?: "AUTOSAVE" | "MANUAL"; actorId?: string; reason?: string } = {},
): Promise<Derived | null> {
  const kind = options.kind ?? "AUTOSAVE";
  const folded = await compact(articleId);
  for (let attempt = 0; attempt < 5; attempt++) {
    const row = await db.article.findUnique({
      where: { id: articleId },
      select: {
        ...editableSelect,
        metaVersion: true,
        media: { select: { mediaId: true, usage: true } },
      },
    });
    if (!row) return null;
    const current = { version: row.version, metaVersion: row.metaVersion, changed: false };
    if (!folded) return current;
    const checked = validateDoc(folded.body);
    if (!checked.ok) {
      log.warn({ articleId, reason: checked.code }, "co-edited body refused by the schema");
      return current;
    }
    const same = sameDoc(checked.doc, row.body);
    if (same && kind === "AUTOSAVE") return current;
    const authorId = options.actorId ?? folded.lastUserId ?? row.createdById;
    const now = new Date();
    const copy = toWorkingCopy(row);
    const usages = mediaUsages(checked.doc, copy.fields.featuredImageId);
    const written = await db.$transaction(async (tx) => {
      const updated = await tx.article.updateMany({
        where: { id: articleId, version: row.version },
        data: {
          body: checked.doc as Prisma.InputJsonValue,
          version: { increment: 1 },
          updatedAt: now,
        },
      });
      if (updated.count !== 1) return false;
      if (!sameUsages(row.media, usages)) await syncArticleMedia(tx, articleId, usages);
      if (!same) await recordSuggestions(tx, articleId, checked.doc, now);
      const recent =
        kind === "AUTOSAVE" &&
        (await tx.revision.findFirst({
          where: {
            articleId,
            authorId,
            kind: "AUTOSAVE",
            createdAt: { gt: new Date(now.getTime() - AUTOSAVE_REVISION_GAP_MS) },
          },
          select: { id: true },
        }));
      if (!recent)
        await tx.revision.create({
          data: {
            articleId,
            version: row.version + 1,
            kind,
            reason: options.reason ?? null,
            snapshot: { ...copy.fields, body: checked.doc } as Prisma.InputJsonValue,
            authorId,
          },
        });
      return true;
    });
    if (written) return { version: row.version + 1, metaVersion: row.metaVersion, changed: !same };
  }
  return null;
}
