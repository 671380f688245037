/**
 * Storage keys for media, content-addressed by the SHA-256 of the stored original:
 * `o/<sha256>.<ext>` for originals, `v/<sha256>/<width>.<ext>` for variants. A key's
 * bytes never change once written, which is what lets them be served as immutable.
 */
const SHA256 = "[0-9a-f]{64}";
/** Extensions Galley stores, with the content type each is served as. */
export const CONTENT_TYPES: Readonly<Record<string, string>> = {
  jpg: "image/jpeg",
  png: "image/png",
  webp: "image/webp",
  avif: "image/avif",
};
const EXT = `(${Object.keys(CONTENT_TYPES).join("|")})`;
const ORIGINAL_KEY = new RegExp(`^o/(${SHA256})\\.${EXT}$`);
const VARIANT_KEY = new RegExp(`^v/(${SHA256})/([1-9][0-9]{0,4})\\.${EXT}$`);

export function originalKey(checksum: string, ext: string): string {
  return `o/${checksum}.${ext}`;
}

export function variantKey(checksum: string, width: number, ext: string): string {
  return `v/${checksum}/${width}.${ext}`;
}

/**
 * The parts of a storage key, or null for anything that is not exactly a key Galley
 * writes (so `..`, slashes, other extensions or upper-case hex never reach storage).
 */
export function parseMediaKey(
  key: string,
): { checksum: string; width: number | null; ext: string; contentType: string } | null {
  const original = ORIGINAL_KEY.exec(key);
  if (original) {
    const [, checksum, ext] = original as unknown as [string, string, string];
    return { checksum, width: null, ext, contentType: CONTENT_TYPES[ext]! };
  }
  const variant = VARIANT_KEY.exec(key);
  if (variant) {
    const [, checksum, width, ext] = variant as unknown as [string, string, string, string];
    return { checksum, width: Number(width), ext, contentType: CONTENT_TYPES[ext]! };
  }
  return null;
}

/** The public URL of a stored object (served by app/media/[...key]/route.ts). */
export function mediaUrl(key: string): string {
  return `/media/${key}`;
}
