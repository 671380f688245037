import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { TArticleFields } from "@/lib/schemas/article";
import { articleFields, createArticle, createUser } from "@/prisma/factories";

/** Images in articles, for the tests of saving (ArticleMedia rows) and publishing (alt text). */

/** A Media row as ingest would leave it; `ready` adds the variants job's rows too. */
export async function createMedia(
  options: { alt?: string | null; caption?: string; ready?: boolean; fileName?: string } = {},
) {
  const checksum = randomBytes(32).toString("hex");
  const media = await db.media.create({
    data: {
      checksum,
      storageKey: `o/${checksum}.jpg`,
      mimeType: "image/jpeg",
      sizeBytes: 123_456,
      width: 1600,
      height: 1200,
      alt: options.alt ?? null,
      caption: options.caption ?? null,
      fileName: options.fileName ?? null,
      variantsReadyAt: options.ready ? new Date() : null,
    },
  });
  if (options.ready) {
    await db.mediaVariant.createMany({
      data: ["avif", "webp", "jpeg"].flatMap((format) =>
        [320, 640].map((width) => ({
          checksum,
          width,
          height: (width * 3) / 4,
          format,
          storageKey: `v/${checksum}/${width}.${format === "jpeg" ? "jpg" : format}`,
          sizeBytes: 1000,
        })),
      ),
    });
  }
  return media;
}

export const image = (mediaId: string, attrs: { alt?: string; caption?: string | null } = {}) => ({
  type: "image",
  attrs: { mediaId, alt: attrs.alt ?? "", caption: attrs.caption ?? null, credit: "攝影｜王賀" },
});
export const paragraph = (text: string) => ({
  type: "paragraph",
  content: [{ type: "text", text }],
});
export const doc = (...content: unknown[]) => ({ type: "doc", content });

export function fields(slug: string, overrides: Partial<TArticleFields> = {}): TArticleFields {
  return articleFields(slug, {
    headline: "德州街頭",
    body: doc(paragraph("正文。")),
    ...overrides,
  });
}

export async function setup(status: "DRAFT" | "APPROVED" = "DRAFT") {
  const reporter = await createUser(db);
  const editor = await createUser(db, { role: "EDITOR" });
  const article = await createArticle(db, { createdById: reporter.id, status });
  return {
    article,
    reporter: { id: reporter.id, role: "REPORTER" as const },
    editor: { id: editor.id, role: "EDITOR" as const },
  };
}

export const usages = async (articleId: string) =>
  (
    await db.articleMedia.findMany({
      where: { articleId },
      select: { mediaId: true, usage: true },
    })
  ).sort((a, b) => `${a.usage}${a.mediaId}`.localeCompare(`${b.usage}${b.mediaId}`));

export async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`);
  return error;
}

/** An approved article whose working copy is `body` (and `featuredImageId`), as stored. */
export async function approvedWith(body: unknown, featuredImageId: string | null = null) {
  const { article, editor } = await setup("APPROVED");
  const updated = await db.article.update({
    where: { id: article.id },
    data: { body: body as object, featuredImageId },
  });
  return { article: updated, editor };
}
