import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { digest, discard } from "./archive-reader";
import { isSafeMediaPath, type MediaFile } from "./manifest";

/**
 * Every stored media file under `mediaDir` (originals `o/…`, variants `v/…`), with its size
 * and sha256, sorted by key. A `.tmp` file is an upload being written (storage-local.ts
 * renames it into place when whole): not yet media, so left out.
 */
export async function listMediaFiles(mediaDir: string): Promise<MediaFile[]> {
  if (!fs.existsSync(mediaDir)) return [];
  const files: MediaFile[] = [];
  const entries = await fs.promises.readdir(mediaDir, { recursive: true, withFileTypes: true });
  for (const entry of entries) {
    if (!entry.isFile() || entry.name.endsWith(".tmp")) continue;
    const full = path.join(entry.parentPath, entry.name);
    const key = path.relative(mediaDir, full).split(path.sep).join("/");
    if (!isSafeMediaPath(key)) continue; // not a media key: nothing Galley wrote or serves
    const check = digest();
    await pipeline(fs.createReadStream(full), check.stream, discard());
    const { bytes, sha256 } = check.result();
    files.push({ path: key, size: bytes, sha256 });
  }
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** A folder beside `mediaDir` (same filesystem, so the swap is two renames). */
export function createStagingFolder(mediaDir: string): string {
  const parent = path.dirname(mediaDir);
  fs.mkdirSync(parent, { recursive: true });
  return fs.mkdtempSync(path.join(parent, ".media-restore-"));
}

/**
 * Puts the restored media in place: the old folder is renamed aside, the new one renamed
 * in, then the old one removed. Until the second rename the old media are where they
 * were; a failure in between puts them back.
 */
export async function swapMediaFolder(mediaDir: string, staged: string): Promise<void> {
  const aside = `${mediaDir}.old-${crypto.randomBytes(4).toString("hex")}`;
  const hadMedia = fs.existsSync(mediaDir);
  // mkdtemp made the staged folder private; the media folder keeps the access it had.
  const mode = hadMedia ? (await fs.promises.stat(mediaDir)).mode & 0o7777 : 0o755;
  await fs.promises.chmod(staged, mode);
  if (hadMedia) await fs.promises.rename(mediaDir, aside);
  try {
    await fs.promises.rename(staged, mediaDir);
  } catch (error) {
    if (hadMedia) await fs.promises.rename(aside, mediaDir);
    throw error;
  }
  if (hadMedia) await fs.promises.rm(aside, { recursive: true, force: true });
}
