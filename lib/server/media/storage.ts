import "server-only";
import path from "node:path";
import { createLocalStorage } from "./storage-local";
import { createS3Storage, s3ConfigFromEnv } from "./storage-s3";

export { CONTENT_TYPES, mediaUrl, originalKey, parseMediaKey, variantKey } from "./media-keys";

/**
 * Where media bytes live: the local filesystem (one instance) or an S3-compatible store
 * (several instances sharing media). Keys are content-addressed, so a key's bytes never
 * change once written: `o/<sha256>.<ext>` for originals, `v/<sha256>/<width>.<ext>` for
 * variants.
 */
export type StoredObject = {
  body: ReadableStream<Uint8Array>;
  contentType: string;
  size: number;
};

export type MediaStorage = {
  /** Writes the whole object or nothing (readers never see a partial file). */
  put(key: string, bytes: Buffer, contentType: string): Promise<void>;
  /** The object, or null when there is none under that key. */
  get(key: string): Promise<StoredObject | null>;
  exists(key: string): Promise<boolean>;
  /** Removes the object; removing a missing one is not an error. */
  delete(key: string): Promise<void>;
};

const globalForStorage = globalThis as unknown as { galleyMediaStorage?: MediaStorage };

/** The configured storage: S3 when S3_ENDPOINT and S3_BUCKET are set, else `${GALLEY_DATA_DIR}/media`. */
export function getMediaStorage(): MediaStorage {
  if (globalForStorage.galleyMediaStorage) return globalForStorage.galleyMediaStorage;
  const s3 = s3ConfigFromEnv(process.env);
  globalForStorage.galleyMediaStorage = s3
    ? createS3Storage(s3)
    : createLocalStorage(path.resolve(process.env.GALLEY_DATA_DIR || ".data", "media"));
  return globalForStorage.galleyMediaStorage;
}

/** For tests: use this storage instead of the configured one (null: back to configured). */
export function setMediaStorage(storage: MediaStorage | null): void {
  globalForStorage.galleyMediaStorage = storage ?? undefined;
}
