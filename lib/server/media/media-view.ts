/**
 * The contract between media ingest (upload, storage, variants) and its users (the
 * editor, the reader's <picture>, the library): what one image looks like to them.
 * Plain data, safe to pass to client components.
 */
export type MediaVariantView = {
  width: number;
  height: number;
  /** "avif" | "webp" | "jpeg" */
  format: string;
  /** Immutable URL, e.g. /media/v/<checksum>/<width>.<ext> */
  url: string;
};

export type MediaView = {
  id: string;
  /** The stored (EXIF-cleaned, oriented) original: /media/o/<checksum>.<ext> */
  url: string;
  mimeType: string;
  width: number;
  height: number;
  /** The uploaded file's name, when known. */
  fileName: string | null;
  alt: string | null;
  caption: string | null;
  credit: string | null;
  camera: string | null;
  capturedAt: string | null;
  /** A tiny blurred image as a data: URL, shown until the real one loads. */
  placeholder: string | null;
  /** Empty until the variants job has run; the original is usable at once. */
  variants: MediaVariantView[];
  createdAt: string;
};
