import "server-only";
import { buffer } from "node:stream/consumers";
import sharp from "sharp";
import { db } from "@/lib/db";
import { variantKey } from "../media/media-keys";
import { DECODE_OPTIONS } from "../media/prepare-original";
import { getMediaStorage } from "../media/storage";

export const VARIANT_WIDTHS = [320, 640, 960, 1280, 1920] as const;

/** Formats in the order a <picture> offers them; AVIF's effort is kept low to stay fast. */
const FORMATS = [
  { format: "avif", ext: "avif", mimeType: "image/avif", options: { quality: 55, effort: 2 } },
  // WebP effort 2 made files within 1% of effort 3's at a third of the time (bench:media).
  { format: "webp", ext: "webp", mimeType: "image/webp", options: { quality: 78, effort: 2 } },
  { format: "jpeg", ext: "jpg", mimeType: "image/jpeg", options: { quality: 82, mozjpeg: false } },
] as const;

/** Widths for an original: the standard ones not wider than it (its own width when it is narrower than all). */
export function variantWidths(originalWidth: number): number[] {
  const widths = VARIANT_WIDTHS.filter((width) => width <= originalWidth);
  return widths.length > 0 ? widths : [originalWidth];
}

export type VariantsOutcome = "made" | "no-media";

/**
 * Makes the resized copies of one stored original and marks every Media with that
 * checksum ready. Safe to run again or on two instances at once: keys are deterministic,
 * a variant already recorded is not made twice, and rows are inserted with skipDuplicates.
 * The original is decoded once and shrunk to the largest width; smaller widths are made
 * from that, which keeps a 12-megapixel photo's fifteen files within a few seconds.
 */
export async function makeMediaVariants(checksum: string): Promise<VariantsOutcome> {
  const media = await db.media.findFirst({
    where: { checksum },
    select: { storageKey: true, width: true, height: true },
  });
  if (!media) return "no-media";
  const storage = getMediaStorage();
  const widths = variantWidths(media.width);
  const existing = await db.mediaVariant.findMany({
    where: { checksum },
    select: { width: true, format: true },
  });
  const done = new Set(existing.map((v) => `${v.width}.${v.format}`));
  // Largest first, so the two lanes below finish together rather than one waiting on 1920 AVIF.
  const todo = widths
    .toReversed()
    .flatMap((width) =>
      FORMATS.filter((f) => !done.has(`${width}.${f.format}`)).map((f) => ({ width, ...f })),
    );

  if (todo.length > 0) {
    const stored = await storage.get(media.storageKey);
    if (!stored) throw new Error(`The original ${media.storageKey} is missing from storage.`);
    const original = await buffer(stored.body);
    // One decode: the largest width as raw sRGB pixels (alpha kept), the source of every variant.
    const largest = await sharp(original, DECODE_OPTIONS)
      .resize({ width: Math.max(...widths), withoutEnlargement: true })
      .raw()
      .toBuffer({ resolveWithObject: true });
    const { width, height, channels } = largest.info;
    const raw = { width, height, channels };

    const rows = await runLimited(todo, 2, async (item) => {
      let image = sharp(largest.data, { raw });
      if (item.width < raw.width) image = image.resize({ width: item.width });
      if (item.format === "jpeg") image = image.flatten({ background: "#ffffff" });
      const output = await image
        .toFormat(item.format, item.options)
        .toBuffer({ resolveWithObject: true });
      const key = variantKey(checksum, item.width, item.ext);
      await storage.put(key, output.data, item.mimeType);
      return {
        checksum,
        width: item.width,
        height: output.info.height,
        format: item.format,
        storageKey: key,
        sizeBytes: output.data.length,
      };
    });
    await db.mediaVariant.createMany({ data: rows, skipDuplicates: true });
  }

  await db.media.updateMany({
    where: { checksum, variantsReadyAt: null },
    data: { variantsReadyAt: new Date() },
  });
  return "made";
}

/** Runs `work` over `items` with at most `limit` at a time (sharp uses libuv's pool). */
async function runLimited<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const lanes = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]!);
    }
  });
  await Promise.all(lanes);
  return results;
}
