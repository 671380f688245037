import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import {
  approvedWith,
  createMedia,
  doc,
  image,
  paragraph,
  refusal,
} from "@/lib/testing/article-images";
import { transitionArticle } from "./transition-article";

afterAll(() => db.$disconnect());

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
