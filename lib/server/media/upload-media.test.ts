import fs from "node:fs";
import path from "node:path";
import exifReader from "exif-reader";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { CAMERA_EXIF, listFiles, photoJpeg } from "@/lib/testing/media-images";
import { run } from "graphile-worker";
import { quietLogger } from "@/lib/job-logger";
import { makeMediaVariants } from "../jobs/media-variants";
import { TASKS } from "../jobs/queue";
import { taskList } from "../jobs/runner";
import type { MediaView } from "./media-view";
import { getMediaViews } from "./media-views";
import { uploadMedia } from "./upload-media";

import { tempMediaStorage } from "@/lib/testing/media-storage";

const storage = tempMediaStorage();

describe("uploadMedia: memory at the pixel limit", () => {
  it("takes a 100-megapixel JPEG without the process growing by 300 MB", async () => {
    const bytes = await sharp({
      create: { width: 10_000, height: 10_000, channels: 3, background: "#446688" },
    })
      .jpeg()
      .toBuffer();
    const before = process.memoryUsage().rss;
    let peak = before;
    const sampler = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage().rss);
    }, 2);
    try {
      const view = await uploadMedia(storage.actor, { bytes, filename: "panorama.jpg" });
      expect(view).toMatchObject({ width: 10_000, height: 10_000 });
    } finally {
      clearInterval(sampler);
    }
    expect(peak - before).toBeLessThan(300 * 1024 * 1024);
  });
});

describe("uploadMedia: a failure after the file was written", () => {
  it("removes the file again when the row cannot be created", async () => {
    const filesBefore = listFiles(storage.root);
    const bytes = await photoJpeg({ width: 300, height: 200, seed: 9 });
    // An uploader who does not exist: the insert fails on its foreign key.
    const ghost = { id: "00000000-0000-7000-8000-000000000000", role: "REPORTER" as const };
    await expect(uploadMedia(ghost, { bytes, filename: "x.jpg" })).rejects.toThrow();
    expect(listFiles(storage.root)).toEqual(filesBefore);
  });
});

describe("uploadMedia: a camera photo", () => {
  it("is stored upright, without GPS, with camera, time and credit as defaults", async () => {
    const bytes = await photoJpeg({
      width: 1600,
      height: 1200,
      exif: CAMERA_EXIF,
      orientation: 6,
      seed: 1,
    });
    const view = await uploadMedia(storage.actor, { bytes, filename: "IMG_0001.JPG" });
    // Orientation 6 (rotate 90°): the stored copy is upright, so its sides are swapped.
    expect(view).toMatchObject({ width: 1200, height: 1600, mimeType: "image/jpeg" });
    expect(view).toMatchObject({
      camera: "Canon EOS R5",
      credit: "Wang He",
      capturedAt: "2026-11-28T01:30:00.000Z",
      alt: null,
      caption: null,
      variants: [],
    });
    expect(view.placeholder).toMatch(/^data:image\/webp;base64,/);
    expect(view.url).toMatch(/^\/media\/o\/[0-9a-f]{64}\.jpg$/);

    const stored = fs.readFileSync(path.join(storage.root, view.url.replace("/media/", "")));
    const metadata = await sharp(stored).metadata();
    expect([metadata.width, metadata.height]).toEqual([1200, 1600]);
    expect(metadata.orientation ?? 1).toBe(1);
    // No EXIF at all is kept (only the colour profile would be); certainly no GPS.
    const tags = metadata.exif ? exifReader(metadata.exif) : {};
    expect(tags).not.toHaveProperty("GPSInfo");
    expect(stored.includes(Buffer.from("Canon"))).toBe(false);

    const row = await db.media.findUniqueOrThrow({ where: { id: view.id } });
    expect(row.storageKey).toBe(view.url.replace("/media/", ""));
    const jobs = await db.$queryRaw<{ task_identifier: string }[]>`
      select task_identifier from graphile_worker.jobs where key = ${`variants:${row.checksum}`}`;
    expect(jobs).toEqual([{ task_identifier: "media_variants" }]);
  });

  it("keeps one file for the same photo uploaded twice, with two rows told apart by file name", async () => {
    const bytes = await photoJpeg({ width: 700, height: 500, seed: 2 });
    const first = await uploadMedia(storage.actor, { bytes, filename: "a.jpg" });
    const files = listFiles(storage.root);
    const second = await uploadMedia(storage.actor, { bytes, filename: "C:\\Photos\\b\u0007.jpg" });
    expect([first.fileName, second.fileName]).toEqual(["a.jpg", "b.jpg"]);
    expect(second.id).not.toBe(first.id);
    expect(second.url).toBe(first.url);
    expect(listFiles(storage.root)).toEqual(files);
    await db.media.update({ where: { id: second.id }, data: { caption: "Second use" } });
    const views = await getMediaViews([first.id, second.id]);
    expect(views.get(first.id)?.caption).toBeNull();
    expect(views.get(second.id)?.caption).toBe("Second use");
  });

  it("takes PNG, WebP, AVIF and the first frame of a GIF", async () => {
    const base = () =>
      sharp({ create: { width: 300, height: 200, channels: 4, background: "#c0392b80" } });
    const cases = [
      { bytes: await base().png().toBuffer(), mimeType: "image/png" },
      { bytes: await base().webp().toBuffer(), mimeType: "image/webp" },
      { bytes: await base().avif({ effort: 0 }).toBuffer(), mimeType: "image/avif" },
      { bytes: await base().gif().toBuffer(), mimeType: "image/png" },
    ];
    for (const { bytes, mimeType } of cases) {
      const view = await uploadMedia(storage.actor, { bytes, filename: "x.bin" });
      expect(view).toMatchObject({ mimeType, width: 300, height: 200 });
    }
  });
});

describe("the variants job", () => {
  it("makes AVIF, WebP and JPEG at each width not wider than the original, once", async () => {
    const bytes = await photoJpeg({ width: 1000, height: 750, seed: 3 });
    const first = await uploadMedia(storage.actor, { bytes, filename: "v.jpg" });
    const twinBefore = await uploadMedia(storage.actor, { bytes, filename: "v2.jpg" });
    const { checksum } = await db.media.findUniqueOrThrow({ where: { id: first.id } });
    expect(await makeMediaVariants(checksum)).toBe("made");
    expect(await makeMediaVariants(checksum)).toBe("made"); // again: nothing new

    const rows = await db.mediaVariant.findMany({ where: { checksum } });
    expect(rows.map((r) => `${r.format}@${r.width}x${r.height}`).sort()).toEqual(
      [
        "avif@320x240",
        "avif@640x480",
        "avif@960x720",
        "jpeg@320x240",
        "jpeg@640x480",
        "jpeg@960x720",
        "webp@320x240",
        "webp@640x480",
        "webp@960x720",
      ].sort(),
    );
    for (const row of rows) {
      const file = fs.readFileSync(path.join(storage.root, row.storageKey));
      const metadata = await sharp(file).metadata();
      expect(metadata.width).toBe(row.width);
      expect({ jpeg: "jpeg", webp: "webp", avif: "heif" }[row.format]).toBe(metadata.format);
      expect(file.length).toBe(row.sizeBytes);
    }

    // Every Media with that checksum is ready, and a later upload shares the variants at once.
    const views = await getMediaViews([first.id, twinBefore.id]);
    expect(views.get(first.id)?.variants).toHaveLength(9);
    expect(views.get(twinBefore.id)?.variants).toHaveLength(9);
    expect(views.get(first.id)?.variants[0]).toMatchObject({
      format: "avif",
      width: 320,
      url: `/media/v/${checksum}/320.avif`,
    });
    const later = await uploadMedia(storage.actor, { bytes, filename: "v3.jpg" });
    expect(later.variants).toHaveLength(9);
  });

  it("makes one width for an image narrower than 320 px, keeping transparency but in JPEG", async () => {
    const bytes = await sharp({
      create: { width: 200, height: 100, channels: 4, background: "#2980b980" },
    })
      .png()
      .toBuffer();
    const view = await uploadMedia(storage.actor, { bytes, filename: "logo.png" });
    const { checksum } = await db.media.findUniqueOrThrow({ where: { id: view.id } });
    await makeMediaVariants(checksum);
    const rows = await db.mediaVariant.findMany({ where: { checksum } });
    expect(rows.map((r) => `${r.format}@${r.width}x${r.height}`).sort()).toEqual([
      "avif@200x100",
      "jpeg@200x100",
      "webp@200x100",
    ]);
    const alpha = async (format: string) => {
      const row = rows.find((r) => r.format === format)!;
      return (await sharp(fs.readFileSync(path.join(storage.root, row.storageKey))).metadata())
        .hasAlpha;
    };
    expect(await alpha("webp")).toBe(true);
    expect(await alpha("jpeg")).toBe(false);
  });

  it("is picked up by the job queue's media_variants task", async () => {
    // Only this task, so the runner takes no other test's jobs from the shared database.
    const runner = await run({
      connectionString: process.env.DATABASE_URL,
      concurrency: 1,
      noHandleSignals: true,
      pollInterval: 200,
      taskList: { [TASKS.mediaVariants]: taskList[TASKS.mediaVariants]! },
      logger: quietLogger,
    });
    try {
      const bytes = await photoJpeg({ width: 700, height: 400, seed: 5 });
      const view = await uploadMedia(storage.actor, { bytes, filename: "queued.jpg" });
      const started = Date.now();
      let ready: MediaView | undefined;
      while (Date.now() - started < 15_000) {
        ready = (await getMediaViews([view.id])).get(view.id);
        if (ready?.variants.length) break;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      expect(ready?.variants.map((v) => `${v.format}@${v.width}`)).toEqual([
        "avif@320",
        "avif@640",
        "webp@320",
        "webp@640",
        "jpeg@320",
        "jpeg@640",
      ]);
    } finally {
      await runner.stop();
    }
  });
});
