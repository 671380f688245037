import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import {
  createMedia,
  doc,
  fields,
  image,
  paragraph,
  refusal,
  setup,
  usages,
} from "@/lib/testing/article-images";
import { saveArticle } from "./save-article";

afterAll(() => db.$disconnect());

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
