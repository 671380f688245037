import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { photoJpeg } from "@/lib/testing/media-images";
import { createArticle, createUser } from "@/prisma/factories";
import { transitionArticle } from "../articles/transition-article";
import { deleteMedia, listLibrary, updateMediaDetails } from "./library";
import { setMediaStorage } from "./storage";
import { createLocalStorage } from "./storage-local";
import { uploadMedia } from "./upload-media";

let root: string;
let reporter: { id: string; role: "REPORTER" };
let editor: { id: string; role: "EDITOR" };

beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), "galley-library-"));
  setMediaStorage(createLocalStorage(root));
  reporter = { id: (await createUser(db, { name: "圖庫記者" })).id, role: "REPORTER" };
  editor = { id: (await createUser(db, { role: "EDITOR" })).id, role: "EDITOR" };
});

afterAll(async () => {
  setMediaStorage(null);
  fs.rmSync(root, { recursive: true, force: true });
  await db.$disconnect();
});

async function upload(width: number) {
  return uploadMedia(reporter, {
    bytes: await photoJpeg({ width, height: 200 }),
    filename: "photo.jpg",
  });
}

describe("the media library", () => {
  it("finds images by caption, credit, alt text and uploader, and filters by type", async () => {
    const media = await upload(301);
    const marker = `碼頭 ${media.id.slice(-6)}`;
    await updateMediaDetails(reporter, media.id, {
      caption: `${marker} 晨光`,
      credit: "攝影 王賀",
      alt: "",
    });
    for (const q of [marker, "攝影 王賀", "圖庫記者"]) {
      const { items } = await listLibrary(editor, { q });
      expect(
        items.map((item) => item.id),
        q,
      ).toContain(media.id);
    }
    expect((await listLibrary(editor, { q: marker, type: "png" })).items).toEqual([]);
    expect((await listLibrary(editor, { q: marker, type: "jpeg" })).items[0]).toMatchObject({
      id: media.id,
      caption: `${marker} 晨光`,
      alt: null,
      uploadedBy: "圖庫記者",
      usedIn: [],
    });
  });

  it("lets editors and the uploader change an image's details, and refuses another reporter", async () => {
    const media = await upload(304);
    await updateMediaDetails(reporter, media.id, { credit: "攝影 王賀" });
    const other = { id: (await createUser(db)).id, role: "REPORTER" as const };
    await expect(updateMediaDetails(other, media.id, { credit: "攝影 某人" })).rejects.toThrow(
      "Only editors and the person who uploaded it may change an image's details.",
    );
    // Refused like every other permission: on the audit record.
    expect(
      await db.auditLog.count({
        where: { actorId: other.id, action: "media.edit", outcome: "DENIED", resourceId: media.id },
      }),
    ).toBe(1);
    expect((await db.media.findUniqueOrThrow({ where: { id: media.id } })).credit).toBe(
      "攝影 王賀",
    );
    await updateMediaDetails(editor, media.id, { credit: "攝影 李榕" });
    expect((await db.media.findUniqueOrThrow({ where: { id: media.id } })).credit).toBe(
      "攝影 李榕",
    );
  });

  it("refuses an over-long caption with a sentence, and keeps the old one", async () => {
    const media = await upload(302);
    await updateMediaDetails(reporter, media.id, { caption: "原來的圖說" });
    await expect(
      updateMediaDetails(reporter, media.id, { caption: "長".repeat(2001) }),
    ).rejects.toThrow("Keep the caption under 2000 characters.");
    expect((await db.media.findUniqueOrThrow({ where: { id: media.id } })).caption).toBe(
      "原來的圖說",
    );
  });

  it("refuses to delete an image a published article shows, naming the article, and deletes it once unused", async () => {
    const media = await upload(303);
    await updateMediaDetails(reporter, media.id, { alt: "碼頭的晨光" });
    const article = await createArticle(db, {
      createdById: editor.id,
      status: "APPROVED",
      headline: "碼頭復工",
    });
    await db.article.update({
      where: { id: article.id },
      data: {
        body: {
          type: "doc",
          content: [
            {
              type: "image",
              attrs: { mediaId: media.id, alt: "碼頭的晨光", caption: null, credit: null },
            },
          ],
        },
      },
    });
    await transitionArticle({
      actor: editor,
      articleId: article.id,
      transition: "publish",
      version: article.version,
    });
    await expect(deleteMedia(editor, media.id)).rejects.toThrow(
      "This image is used in “碼頭復工”; remove it from that article first.",
    );
    expect(await db.media.count({ where: { id: media.id } })).toBe(1);
    expect(
      (await listLibrary(editor, { q: "碼頭的晨光" })).items.find((item) => item.id === media.id)
        ?.usedIn,
    ).toEqual([{ id: article.id, headline: "碼頭復工", status: "PUBLISHED" }]);

    const unused = await upload(304);
    await expect(deleteMedia(editor, unused.id)).resolves.toBeUndefined();
    expect(await db.media.count({ where: { id: unused.id } })).toBe(0);
    const file = path.join(root, unused.url.replace(/^\/media\//, ""));
    expect(fs.existsSync(file)).toBe(false);
  });

  it("lets only editors and the uploader delete", async () => {
    const media = await upload(305);
    const other = { id: (await createUser(db)).id, role: "REPORTER" as const };
    await expect(deleteMedia(other, media.id)).rejects.toThrow(
      "Only editors and the person who uploaded it may delete an image.",
    );
    expect(await db.media.count({ where: { id: media.id } })).toBe(1);
    expect(
      await db.auditLog.count({
        where: {
          actorId: other.id,
          action: "media.delete",
          outcome: "DENIED",
          resourceId: media.id,
        },
      }),
    ).toBe(1);
  });

  it("names only the articles this person may see among an image's uses", async () => {
    const media = await upload(306);
    const owner = await createUser(db);
    const draft = await createArticle(db, { createdById: owner.id, headline: "別人的草稿" });
    await db.articleMedia.create({
      data: { articleId: draft.id, mediaId: media.id, usage: "body" },
    });
    const usedIn = async (actor: { id: string; role: "REPORTER" | "EDITOR" }) =>
      (await listLibrary(actor, { q: "圖庫記者" })).items.find((item) => item.id === media.id)
        ?.usedIn;
    expect(await usedIn(editor)).toEqual([
      { id: draft.id, headline: "別人的草稿", status: "DRAFT" },
    ]);
    // The uploader is not the draft's author: its headline stays hidden from them.
    expect(await usedIn(reporter)).toEqual([]);
    expect(await usedIn({ id: owner.id, role: "REPORTER" })).toHaveLength(1);
  });
});
