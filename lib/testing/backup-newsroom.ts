import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll } from "vitest";
import { createArticle, createUser } from "@/prisma/factories";
import { ownDatabaseForThisFile } from "./own-database";
import { photoJpeg } from "./media-images";

/**
 * A newsroom worth backing up, in a database and data folder of this test file's own:
 * the demo content (sections, accounts, contributors, tags, the sample and live coverage,
 * the planning budget), two uploaded photos (one with its variants made, one whose
 * variants job is still queued), a story scheduled an hour ahead (its publish job queued)
 * and a co-editing update (a bigserial id). Modules that use the app's client are loaded
 * after the database exists (see own-database.ts).
 */
export function backupNewsroomForThisFile() {
  const database = ownDatabaseForThisFile();
  const newsroom = {
    url: () => database.url(),
    dataDir: "",
    mediaDir: "",
    scheduledArticleId: "",
    editor: { id: "", role: "EDITOR" as const },
  };
  beforeAll(async () => {
    newsroom.dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "galley-backup-"));
    newsroom.mediaDir = path.join(newsroom.dataDir, "media");
    const { db } = await import("@/lib/db");
    const { seedDemo } = await import("@/prisma/seed/demo");
    const { setMediaStorage } = await import("@/lib/server/media/storage");
    const { createLocalStorage } = await import("@/lib/server/media/storage-local");
    const { uploadMedia } = await import("@/lib/server/media/upload-media");
    const { makeMediaVariants } = await import("@/lib/server/jobs/media-variants");
    const { transitionArticle } = await import("@/lib/server/articles/transition-article");

    await seedDemo(db);
    setMediaStorage(createLocalStorage(newsroom.mediaDir));
    const editor = await createUser(db, { role: "EDITOR" });
    newsroom.editor.id = editor.id;
    const photo = await uploadMedia(newsroom.editor, {
      bytes: await photoJpeg({ width: 900, height: 600, seed: 1 }),
      filename: "flood.jpg",
    });
    const { checksum } = await db.media.findUniqueOrThrow({ where: { id: photo.id } });
    await makeMediaVariants(checksum);
    await uploadMedia(newsroom.editor, {
      bytes: await photoJpeg({ width: 700, height: 500, seed: 2 }),
      filename: "levee.jpg",
    });
    const article = await createArticle(db, { createdById: editor.id, status: "APPROVED" });
    await transitionArticle({
      actor: newsroom.editor,
      articleId: article.id,
      transition: "schedule",
      version: article.version,
      scheduledAt: new Date(Date.now() + 60 * 60_000),
    });
    newsroom.scheduledArticleId = article.id;
    await db.articleBodyUpdate.create({
      data: { articleId: article.id, data: Buffer.from([1, 2, 3]), userId: editor.id },
    });
    await db.$disconnect();
  });
  afterAll(async () => {
    const { setMediaStorage } = await import("@/lib/server/media/storage");
    setMediaStorage(null);
    fs.rmSync(newsroom.dataDir, { recursive: true, force: true });
  });
  return newsroom;
}
