import "server-only";
import exifReader from "exif-reader";
import { newsroomTimeZone, wallTimeToInstant } from "@/lib/time-zone";

export type ExifDefaults = {
  camera: string | null;
  capturedAt: Date | null;
  credit: string | null;
};

const NONE: ExifDefaults = { camera: null, capturedAt: null, credit: null };

/**
 * Text from an EXIF field: NULs and padding removed, empty as null. exif-reader gives bytes
 * for a non-ASCII value; cameras and phones write those as UTF-8 (a name such as 王賀).
 */
function text(value: unknown): string | null {
  if (Buffer.isBuffer(value)) {
    const decoded = value.toString("utf8");
    return decoded.includes("\uFFFD") ? null : text(decoded);
  }
  if (typeof value !== "string") return null;
  const cleaned = value.replace(/\u0000/g, "").trim();
  return cleaned === "" ? null : cleaned.slice(0, 200);
}

/**
 * The camera, capture time and photographer's credit from an original's EXIF block, offered
 * as defaults (the newsroom may change them per use). Unreadable EXIF gives no defaults
 * rather than refusing the photo.
 */
export function readExifDefaults(exif: Buffer | undefined): ExifDefaults {
  if (!exif) return NONE;
  let tags: ReturnType<typeof exifReader>;
  try {
    tags = exifReader(exif);
  } catch {
    return NONE;
  }
  const make = text(tags.Image?.Make);
  const model = text(tags.Image?.Model);
  // Many cameras repeat the maker in the model ("Canon" + "Canon EOS R5").
  const camera =
    make && model && !model.toLowerCase().startsWith(make.toLowerCase().split(" ")[0]!)
      ? `${make} ${model}`
      : (model ?? make);
  return {
    camera,
    capturedAt: captureTime(tags.Photo?.DateTimeOriginal, text(tags.Photo?.OffsetTimeOriginal)),
    credit: text(tags.Image?.Artist) ?? text(tags.Image?.Copyright),
  };
}

/**
 * EXIF capture times are wall-clock times (exif-reader reads them as if UTC). With an
 * OffsetTimeOriginal tag the zone is known; without one, the newsroom's zone is the best
 * guess for a photo its own photographers took.
 */
function captureTime(wall: Date | undefined, offset: string | null): Date | null {
  if (!(wall instanceof Date) || Number.isNaN(wall.getTime())) return null;
  const match = offset ? /^([+-])(\d{2}):(\d{2})$/.exec(offset) : null;
  if (match) {
    const minutes = (Number(match[2]) * 60 + Number(match[3])) * (match[1] === "-" ? -1 : 1);
    return new Date(wall.getTime() - minutes * 60_000);
  }
  return wallTimeToInstant(wall.toISOString().slice(0, 19), newsroomTimeZone());
}
