import "server-only";
import crypto from "node:crypto";
import { fileTypeFromBuffer } from "file-type";
import sharp, { type Metadata, type Sharp, type SharpOptions } from "sharp";
import { AppError } from "@/lib/errors";
import { readExifDefaults, type ExifDefaults } from "./exif-defaults";

// Every image is new to the server: sharp's operation cache would only hold memory.
sharp.cache(false);

export const MAX_UPLOAD_BYTES = 25 * 1024 * 1024;
export const MAX_PIXELS = 100_000_000;

/** What an upload becomes: the cleaned original to store, its facts, and the EXIF defaults. */
export type PreparedOriginal = ExifDefaults & {
  bytes: Buffer;
  checksum: string;
  ext: "jpg" | "png" | "webp" | "avif";
  mimeType: string;
  width: number;
  height: number;
  placeholder: string;
};

/** Accepted types as file-type reports them, and how each is stored. */
const STORED_AS: Record<string, { ext: PreparedOriginal["ext"]; mimeType: string }> = {
  "image/jpeg": { ext: "jpg", mimeType: "image/jpeg" },
  "image/png": { ext: "png", mimeType: "image/png" },
  "image/webp": { ext: "webp", mimeType: "image/webp" },
  "image/avif": { ext: "avif", mimeType: "image/avif" },
  // A GIF is kept as its first frame, losslessly, as a still.
  "image/gif": { ext: "png", mimeType: "image/png" },
};

const refuse = (message: string): never => {
  throw new AppError("INVALID_INPUT", message);
};

/** sharp options for every decode of untrusted bytes. */
export const DECODE_OPTIONS = {
  limitInputPixels: MAX_PIXELS,
  failOn: "truncated",
  // One frame of an animated GIF or WebP: stills only.
  pages: 1,
} as const satisfies SharpOptions;

function looksLikeSvg(bytes: Buffer): boolean {
  const head = bytes
    .subarray(0, 4096)
    .toString("utf8")
    .replace(/^\uFEFF/, "")
    .trimStart();
  return /^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*(<!DOCTYPE svg[^>]*>\s*)?<svg[\s>]/i.test(head);
}

/**
 * Checks an upload and makes the copy Galley stores. The type is decided from the bytes,
 * never the name; the header is read before anything is decoded, so a decompression bomb
 * is refused on its stated size without allocating its pixels. The stored copy is
 * re-encoded upright with no metadata but its colour profile: GPS and every other EXIF
 * field are gone from it. Each refusal is an INVALID_INPUT with one sentence.
 */
export async function prepareOriginal(bytes: Buffer): Promise<PreparedOriginal> {
  if (bytes.length === 0) refuse("The file is empty; choose a photo to upload.");
  if (bytes.length > MAX_UPLOAD_BYTES)
    refuse("The file is larger than 25 MB; export a smaller copy and upload that.");

  const detected = await fileTypeFromBuffer(bytes);
  if ((!detected || detected.ext === "xml") && looksLikeSvg(bytes))
    refuse(
      "SVG images can carry scripts, so Galley does not accept them; upload a JPEG, PNG, WebP, AVIF or GIF instead.",
    );
  const storedAs = detected ? STORED_AS[detected.mime] : undefined;
  if (!storedAs)
    return refuse(
      "Only JPEG, PNG, WebP, AVIF and GIF images can be uploaded, and this file is none of them, whatever its name says.",
    );

  let metadata: Metadata;
  try {
    // Header only (nothing decoded), so the pixel limit is checked below with the real size.
    metadata = await sharp(bytes, {
      ...DECODE_OPTIONS,
      limitInputPixels: false,
      failOn: "none",
    }).metadata();
  } catch {
    return refuse("The image is damaged and cannot be read; upload it again or export a new copy.");
  }
  const { width = 0, height = 0 } = metadata;
  if (width * height > MAX_PIXELS)
    refuse(
      `The image is ${width} × ${height} pixels, more than the 100 megapixels Galley accepts; upload a smaller copy.`,
    );

  const source = () => sharp(bytes, DECODE_OPTIONS).rotate();
  try {
    const [cleaned, placeholder] = await Promise.all([
      encode(source().keepIccProfile(), storedAs.ext, width * height).toBuffer({
        resolveWithObject: true,
      }),
      makePlaceholder(source()),
    ]);
    return {
      ...readExifDefaults(metadata.exif),
      bytes: cleaned.data,
      checksum: crypto.createHash("sha256").update(cleaned.data).digest("hex"),
      ...storedAs,
      width: cleaned.info.width,
      height: cleaned.info.height,
      placeholder,
    };
  } catch (error) {
    if (error instanceof AppError) throw error;
    return refuse(
      "The image is damaged or incomplete (perhaps the file was cut short); upload it again or export a new copy.",
    );
  }
}

/** Above this many pixels the JPEG encoder streams instead of optimising its Huffman tables. */
const OPTIMISE_JPEG_UP_TO = 25_000_000;

function encode(image: Sharp, ext: PreparedOriginal["ext"], pixels: number): Sharp {
  switch (ext) {
    case "jpg":
      // Optimised coding is a second pass over the whole image held in memory: ~650 MB for
      // 100 megapixels, against ~20 MB streamed. Up to 25 MP (every camera photo) the smaller
      // file is worth its ~160 MB; above, memory stays bounded and the file is ~10% larger.
      return image.jpeg({ quality: 90, optimiseCoding: pixels <= OPTIMISE_JPEG_UP_TO });
    case "png":
      return image.png();
    case "webp":
      return image.webp({ quality: 90 });
    case "avif":
      return image.avif({ quality: 70, effort: 2 });
  }
}

/** A 16-pixel-wide blurred WebP as a data: URL (a few hundred bytes), shown until the image loads. */
async function makePlaceholder(image: Sharp): Promise<string> {
  const data = await image
    .resize(16, 16, { fit: "inside" })
    .flatten({ background: "#ffffff" })
    .blur(0.5)
    .webp({ quality: 40 })
    .toBuffer();
  return `data:image/webp;base64,${data.toString("base64")}`;
}
