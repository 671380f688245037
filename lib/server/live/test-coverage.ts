import "server-only";
import { expect } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { createArticle, createUser, paragraphDoc } from "@/prisma/factories";
import { transitionArticle } from "../articles/transition-article";
import { addLiveUpdate } from "./add-live-update";

/** Live coverage's tests: running coverage, posting to it, and reading a refusal. */

export async function refused(promise: Promise<unknown>, code: AppError["code"], reason?: string) {
  await expect(promise).rejects.toSatisfy(
    (error) =>
      error instanceof AppError &&
      error.code === code &&
      (!reason || (error.details as { reason?: string } | undefined)?.reason === reason),
  );
}

/** Live coverage by an editor, with a reporter on its bylines; published unless asked not to. */
export async function coverage(options: { publish?: boolean; needsEditor?: boolean } = {}) {
  const reporterUser = await createUser(db);
  const editorUser = await createUser(db, { role: "EDITOR" });
  const section = await db.section.create({
    data: {
      slug: `live-${editorUser.id}`,
      name: "本地",
      nameEn: "Local",
      liveUpdatesNeedEditor: options.needsEditor ?? false,
    },
  });
  const article = await createArticle(db, {
    createdById: editorUser.id,
    status: "APPROVED",
    kind: "LIVE",
    sectionId: section.id,
    bylineUserIds: [reporterUser.id],
  });
  const editor = { id: editorUser.id, role: "EDITOR" as const };
  const reporter = { id: reporterUser.id, role: "REPORTER" as const };
  if (options.publish !== false)
    await transitionArticle({
      actor: editor,
      articleId: article.id,
      transition: "publish",
      version: article.version,
    });
  return { article, editor, reporter };
}

export const add = (
  actor: { id: string; role: "EDITOR" | "REPORTER" | "PROOFREADER" | "ADMIN" },
  articleId: string,
  text: string,
  more: { isKey?: boolean; title?: string | null; authorIds?: string[] } = {},
) =>
  addLiveUpdate({
    actor,
    update: {
      articleId,
      title: more.title ?? null,
      body: paragraphDoc(text),
      isKey: more.isKey ?? false,
      authorIds: more.authorIds ?? [],
    },
  });

export const version = async (id: string) =>
  (await db.liveUpdate.findUniqueOrThrow({ where: { id } })).version;
