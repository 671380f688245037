import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import {
  elfExecutable,
  listFiles,
  photoJpeg,
  pngBomb,
  SVG_WITH_SCRIPT,
  windowsExecutable,
} from "@/lib/testing/media-images";
import { uploadMedia } from "./upload-media";

import { tempMediaStorage } from "@/lib/testing/media-storage";

const storage = tempMediaStorage();

const mediaCount = () => db.media.count({ where: { uploadedById: storage.actor.id } });

async function expectRefused(bytes: Buffer, filename: string, sentence: RegExp) {
  const before = await mediaCount();
  const filesBefore = listFiles(storage.root);
  const error = await uploadMedia(storage.actor, { bytes, filename }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe("INVALID_INPUT");
  expect((error as AppError).message).toMatch(sentence);
  expect(await mediaCount()).toBe(before);
  expect(listFiles(storage.root)).toEqual(filesBefore);
}

describe("uploadMedia: bad input is refused with a sentence and stores nothing", () => {
  it("refuses an empty file", async () => {
    await expectRefused(Buffer.alloc(0), "photo.jpg", /^The file is empty/);
  });

  it("refuses a 30 MB file", async () => {
    const bytes = Buffer.alloc(30 * 1024 * 1024);
    (await photoJpeg({ width: 64, height: 64 })).copy(bytes);
    await expectRefused(bytes, "huge.jpg", /larger than 25 MB/);
  });

  it("refuses renamed executables, whatever their name says", async () => {
    await expectRefused(elfExecutable(), "photo.jpg", /Only JPEG, PNG, WebP, AVIF and GIF/);
    await expectRefused(windowsExecutable(), "photo.jpg", /Only JPEG, PNG, WebP, AVIF and GIF/);
  });

  it("refuses an SVG because it can carry scripts", async () => {
    await expectRefused(SVG_WITH_SCRIPT, "logo.png", /^SVG images can carry scripts/);
    const bare = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"></svg>');
    await expectRefused(bare, "logo.jpg", /^SVG images can carry scripts/);
    const html = Buffer.from("<!doctype html><script>alert(1)</script>");
    await expectRefused(html, "photo.jpg", /Only JPEG, PNG, WebP, AVIF and GIF/);
  });

  it("refuses a truncated JPEG", async () => {
    const whole = await photoJpeg({ width: 1200, height: 900 });
    await expectRefused(
      whole.subarray(0, Math.floor(whole.length * 0.6)),
      "cut.jpg",
      /damaged or incomplete/,
    );
  });

  it("refuses a 60,000 × 60,000 PNG on its header, and memory stays bounded", async () => {
    const bomb = await pngBomb();
    expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
    const before = process.memoryUsage().rss;
    let peak = before;
    const sampler = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage().rss);
    }, 2);
    try {
      await expectRefused(bomb, "bomb.png", /60000 × 60000 pixels, more than the 100 megapixels/);
    } finally {
      clearInterval(sampler);
    }
    peak = Math.max(peak, process.memoryUsage().rss);
    expect(peak - before).toBeLessThan(200 * 1024 * 1024);
  });
});
