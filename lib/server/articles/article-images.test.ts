import { randomBytes, randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { TArticleFields } from "@/lib/schemas/article";
import { articleFields, createArticle, createUser } from "@/prisma/factories";
import { saveArticle } from "./save-article";
import { transitionArticle } from "./transition-article";

afterAll(() => db.$disconnect());

/** A Media row as ingest would leave it; `ready` adds the variants job's rows too. */
async function createMedia(
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

const image = (mediaId: string, attrs: { alt?: string; caption?: string | null } = {}) => ({
  type: "image",
  attrs: { mediaId, alt: attrs.alt ?? "", caption: attrs.caption ?? null, credit: "攝影｜王賀" },
});
const paragraph = (text: string) => ({ type: "paragraph", content: [{ type: "text", text }] });
const doc = (...content: unknown[]) => ({ type: "doc", content });

function fields(slug: string, overrides: Partial<TArticleFields> = {}): TArticleFields {
  return articleFields(slug, {
    headline: "德州街頭",
    body: doc(paragraph("正文。")),
    ...overrides,
  });
}

async function setup(status: "DRAFT" | "APPROVED" = "DRAFT") {
  const reporter = await createUser(db);
  const editor = await createUser(db, { role: "EDITOR" });
  const article = await createArticle(db, { createdById: reporter.id, status });
  return {
    article,
    reporter: { id: reporter.id, role: "REPORTER" as const },
    editor: { id: editor.id, role: "EDITOR" as const },
  };
}

const usages = async (articleId: string) =>
  (
    await db.articleMedia.findMany({
      where: { articleId },
      select: { mediaId: true, usage: true },
    })
  ).sort((a, b) => `${a.usage}${a.mediaId}`.localeCompare(`${b.usage}${b.mediaId}`));

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`);
  return error;
}

describe("saving an article keeps its ArticleMedia rows", () => {
  it("records body images once each and the featured image, and follows every change", async () => {
    const { article, reporter: actor } = await setup();
    const [a, b, c] = [await createMedia(), await createMedia(), await createMedia()];
    const body = doc(image(a.id), paragraph("中間"), image(b.id), image(a.id));
    const first = await saveArticle({
      actor,
      articleId: article.id,
      save: {
        baseVersion: article.version,
        kind: "AUTOSAVE",
        fields: fields(article.slug, { body, featuredImageId: c.id }),
      },
    });
    expect(await usages(article.id)).toEqual(
      [
        { mediaId: a.id, usage: "body" },
        { mediaId: b.id, usage: "body" },
        { mediaId: c.id, usage: "featured" },
      ].sort((x, y) => `${x.usage}${x.mediaId}`.localeCompare(`${y.usage}${y.mediaId}`)),
    );

    // A text-only change keeps the rows (the one-statement path).
    const textOnly = doc(image(a.id), paragraph("改過的中間"), image(b.id), image(a.id));
    const second = await saveArticle({
      actor,
      articleId: article.id,
      save: {
        baseVersion: first.version,
        kind: "AUTOSAVE",
        fields: fields(article.slug, { body: textOnly, featuredImageId: c.id }),
      },
    });
    expect(await usages(article.id)).toHaveLength(3);

    // Removing an image and the featured image removes their rows; the same image as
    // body and featured image is two rows.
    const third = await saveArticle({
      actor,
      articleId: article.id,
      save: {
        baseVersion: second.version,
        kind: "MANUAL",
        fields: fields(article.slug, { body: doc(image(b.id)), featuredImageId: b.id }),
      },
    });
    expect(await usages(article.id)).toEqual([
      { mediaId: b.id, usage: "body" },
      { mediaId: b.id, usage: "featured" },
    ]);

    await saveArticle({
      actor,
      articleId: article.id,
      save: { baseVersion: third.version, kind: "AUTOSAVE", fields: fields(article.slug) },
    });
    expect(await usages(article.id)).toEqual([]);
  });

  it("refuses an image that is not in the library, and writes nothing", async () => {
    const { article, reporter: actor } = await setup();
    const kept = await createMedia();
    const saved = await saveArticle({
      actor,
      articleId: article.id,
      save: {
        baseVersion: article.version,
        kind: "AUTOSAVE",
        fields: fields(article.slug, { body: doc(image(kept.id)) }),
      },
    });
    const before = await db.article.findUniqueOrThrow({ where: { id: article.id } });
    const error = await refusal(
      saveArticle({
        actor,
        articleId: article.id,
        save: {
          baseVersion: saved.version,
          kind: "AUTOSAVE",
          fields: fields(article.slug, { body: doc(image(kept.id), image(randomUUID())) }),
        },
      }),
    );
    expect(error.code).toBe("INVALID_INPUT");
    expect(error.message).toBe(
      "A section, tag, contributor or image in this save no longer exists.",
    );
    expect(await db.article.findUniqueOrThrow({ where: { id: article.id } })).toEqual(before);
    expect(await usages(article.id)).toEqual([{ mediaId: kept.id, usage: "body" }]);
  });

  it("refuses a body image with a malformed id before anything is written", async () => {
    const { article, reporter: actor } = await setup();
    const error = await refusal(
      saveArticle({
        actor,
        articleId: article.id,
        save: {
          baseVersion: article.version,
          kind: "AUTOSAVE",
          fields: fields(article.slug, { body: doc(image("not-a-uuid")) }),
        },
      }),
    );
    expect(error.code).toBe("INVALID_INPUT");
    expect(error.message).toBe("The element “image” has an invalid value for “mediaId”.");
    const stored = await db.article.findUniqueOrThrow({ where: { id: article.id } });
    expect(stored.version).toBe(article.version);
  });
});

/** An approved article whose working copy is `body` (and `featuredImageId`), as stored. */
async function approvedWith(body: unknown, featuredImageId: string | null = null) {
  const { article, editor } = await setup("APPROVED");
  const updated = await db.article.update({
    where: { id: article.id },
    data: { body: body as object, featuredImageId },
  });
  return { article: updated, editor };
}

describe("publishing refuses images without alt text", () => {
  it("names the image by its caption, and changes nothing", async () => {
    const media = await createMedia({ alt: null });
    const { article, editor } = await approvedWith(
      doc(paragraph("正文"), image(media.id, { alt: "  ", caption: "德州街頭的兩名工人" })),
    );
    const error = await refusal(
      transitionArticle({
        actor: editor,
        articleId: article.id,
        transition: "publish",
        version: article.version,
      }),
    );
    expect(error.code).toBe("CONFLICT");
    expect(error.message).toBe(
      "The image “德州街頭的兩名工人” has no alt text: add it before publishing.",
    );
    expect(error.details).toEqual({
      reason: "altMissing",
      image: "德州街頭的兩名工人",
      mediaId: media.id,
      field: "body",
      thumbnail: `/media/o/${media.checksum}.jpg`,
    });
    const after = await db.article.findUniqueOrThrow({ where: { id: article.id } });
    expect(after).toMatchObject({
      status: "APPROVED",
      version: article.version,
      liveVersionId: null,
    });
    expect(await db.publishedVersion.count({ where: { articleId: article.id } })).toBe(0);
  });

  it("refuses scheduling too, naming an uncaptioned featured image by its file name, never its id", async () => {
    const media = await createMedia({ fileName: "DSC_0412.jpg" });
    const { article, editor } = await approvedWith(doc(paragraph("正文")), media.id);
    const error = await refusal(
      transitionArticle({
        actor: editor,
        articleId: article.id,
        transition: "schedule",
        version: article.version,
        scheduledAt: new Date(Date.now() + 3_600_000),
      }),
    );
    expect(error.details).toMatchObject({
      reason: "altMissing",
      image: "DSC_0412.jpg",
      mediaId: media.id,
      field: "featured",
    });
    expect(error.message).not.toContain(media.id);
    const after = await db.article.findUniqueOrThrow({ where: { id: article.id } });
    expect(after).toMatchObject({ status: "APPROVED", scheduledAt: null });
  });

  it("refuses a featured image without alt text unless the body describes the same photo", async () => {
    const featured = await createMedia({ caption: "封面" });
    const { article, editor } = await approvedWith(doc(paragraph("正文")), featured.id);
    const error = await refusal(
      transitionArticle({
        actor: editor,
        articleId: article.id,
        transition: "publish",
        version: article.version,
      }),
    );
    expect(error.message).toBe("The image “封面” has no alt text: add it before publishing.");

    await db.article.update({
      where: { id: article.id },
      data: { body: doc(image(featured.id, { alt: "市政府大樓" })) as object },
    });
    const published = await transitionArticle({
      actor: editor,
      articleId: article.id,
      transition: "publish",
      version: article.version,
    });
    expect(published.status).toBe("PUBLISHED");
  });

  it("accepts the library's alt text, publishes a <picture>, and checks a publish update again", async () => {
    const described = await createMedia({ alt: "兩名工人在路口", ready: true });
    const { article, editor } = await approvedWith(
      doc(image(described.id, { caption: "<b>街頭</b>" }), paragraph("正文")),
    );
    const published = await transitionArticle({
      actor: editor,
      articleId: article.id,
      transition: "publish",
      version: article.version,
    });
    const live = await db.article.findUniqueOrThrow({
      where: { id: article.id },
      select: { liveVersion: { select: { bodyHtml: true } } },
    });
    const html = live.liveVersion?.bodyHtml ?? "";
    const sum = described.checksum;
    expect(html).toContain(
      `<source type="image/avif" srcset="/media/v/${sum}/320.avif 320w, /media/v/${sum}/640.avif 640w"`,
    );
    expect(html).toContain(`<img src="/media/v/${sum}/640.jpg"`);
    expect(html).toContain('width="1600" height="1200" alt="兩名工人在路口" loading="eager"');
    expect(html).toContain('<span class="image-caption">&lt;b&gt;街頭&lt;/b&gt;</span>');

    // A second, undescribed image stops the update; the live copy stays as it was.
    const bare = await createMedia();
    await db.article.update({
      where: { id: article.id },
      data: { body: doc(image(described.id), image(bare.id, { caption: "第二張" })) as object },
    });
    const error = await refusal(
      transitionArticle({
        actor: editor,
        articleId: article.id,
        transition: "publish-update",
        version: published.version,
      }),
    );
    expect(error.details).toMatchObject({ reason: "altMissing", image: "第二張" });
    expect(await db.publishedVersion.count({ where: { articleId: article.id } })).toBe(1);
  });

  it("serves the original alone when published before the variants exist", async () => {
    const fresh = await createMedia({ alt: "新照片" });
    const { article, editor } = await approvedWith(doc(image(fresh.id)));
    await transitionArticle({
      actor: editor,
      articleId: article.id,
      transition: "publish",
      version: article.version,
    });
    const live = await db.article.findUniqueOrThrow({
      where: { id: article.id },
      select: { liveVersion: { select: { bodyHtml: true } } },
    });
    expect(live.liveVersion?.bodyHtml).toContain(
      `<picture><img src="/media/o/${fresh.checksum}.jpg" width="1600" height="1200" alt="新照片"`,
    );
  });
});
