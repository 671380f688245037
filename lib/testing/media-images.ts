import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import sharp from "sharp";

/**
 * Images for media tests, made on the spot with sharp (or by hand, for files sharp would
 * never write): nothing binary is checked in.
 */
export async function photoJpeg(
  options: {
    width?: number;
    height?: number;
    exif?: Record<string, Record<string, string>>;
    orientation?: number;
    quality?: number;
    seed?: number;
  } = {},
): Promise<Buffer> {
  const { width = 800, height = 600 } = options;
  let image = sharp({
    create: {
      width,
      height,
      channels: 3,
      background: { r: 90 + (options.seed ?? 0) * 7, g: 120, b: 160 },
      noise: { type: "gaussian", mean: 128, sigma: 40 },
    },
  }).blur(1.2);
  if (options.exif) image = image.withExif(options.exif);
  if (options.orientation) image = image.withMetadata({ orientation: options.orientation });
  return image.jpeg({ quality: options.quality ?? 90 }).toBuffer();
}

/** A camera photo's EXIF: maker, model, photographer, time, and where it was taken. */
export const CAMERA_EXIF = {
  IFD0: { Make: "Canon", Model: "Canon EOS R5", Artist: "Wang He", Copyright: "Dezhou Daily" },
  IFD2: { DateTimeOriginal: "2026:11:28 09:30:00", OffsetTimeOriginal: "+08:00" },
  IFD3: {
    GPSLatitudeRef: "N",
    GPSLatitude: "37/1 27/1 0/1",
    GPSLongitudeRef: "E",
    GPSLongitude: "116/1 18/1 0/1",
  },
};

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(body) >>> 0);
  return Buffer.concat([length, body, crc]);
}

/**
 * A real decompression bomb: a 60,000 × 60,000 one-bit PNG whose 450 MB of zero rows
 * deflate to a few hundred kilobytes (deflated in chunks, so making it is cheap too).
 */
export async function pngBomb(size = 60_000): Promise<Buffer> {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([1, 0, 0, 0, 0], 8); // bit depth 1, greyscale, deflate, no filter, no interlace
  const row = Buffer.alloc(1 + Math.ceil(size / 8));
  const deflate = zlib.createDeflate({ level: 9 });
  const parts: Buffer[] = [];
  deflate.on("data", (data: Buffer) => parts.push(data));
  const finished = new Promise((resolve) => deflate.on("end", resolve));
  const rowsPerWrite = 256;
  const block = Buffer.concat(Array.from({ length: rowsPerWrite }, () => row));
  for (let written = 0; written < size; written += rowsPerWrite) {
    const rows = Math.min(rowsPerWrite, size - written);
    if (!deflate.write(rows === rowsPerWrite ? block : block.subarray(0, rows * row.length)))
      await new Promise((resolve) => deflate.once("drain", resolve));
  }
  deflate.end();
  await finished;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", Buffer.concat(parts)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

/** A Linux program (ELF header) and a Windows one (MZ), to be renamed photo.jpg. */
export function elfExecutable(): Buffer {
  const bytes = Buffer.alloc(512);
  bytes.set([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0], 0);
  bytes.writeUInt16LE(2, 16); // ET_EXEC
  bytes.writeUInt16LE(0x3e, 18); // x86-64
  return bytes;
}

export function windowsExecutable(): Buffer {
  const bytes = Buffer.alloc(512);
  bytes.write("MZ", 0, "latin1");
  bytes.writeUInt32LE(0x80, 0x3c);
  bytes.write("PE\0\0", 0x80, "latin1");
  return bytes;
}

export const SVG_WITH_SCRIPT = Buffer.from(
  '<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script><rect width="10" height="10"/></svg>',
);

/** Every file under `dir` (relative paths), for "nothing was left behind" checks. */
export function listFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)));
}
