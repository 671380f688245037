import crypto from "node:crypto";
import fs from "node:fs";
import { Readable, Transform, Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { entries, type ReadEntry } from "tar";
import {
  BackupError,
  damaged,
  JOBS_PATH,
  MANIFEST_PATH,
  mediaEntry,
  notABackup,
  parseManifest,
  type Manifest,
} from "./manifest";

/**
 * Calls `handle` for each entry of a .tar.gz, one at a time, streaming: the next entry is
 * read only once a handler is done (an unread body is skipped), so a 10 GB archive needs
 * no more memory than a small one. Rejects on the first handler or format error (a
 * truncated gzip, a bad checksum, tar that is not tar) and stops reading the file.
 */
export async function readEntries(
  file: string,
  handle: (entry: ReadEntry) => Promise<void | "stop">,
): Promise<void> {
  const source = fs.createReadStream(file);
  try {
    // Strict: a damaged header or a cut-off last entry is an error, not a warning. No
    // ratio limit: entries stream through, so a highly compressed table costs time, not
    // memory (a table of one repeated row compresses past tar's default of 1,000:1).
    for await (const entry of entries(source, { strict: true, maxDecompressionRatio: Infinity }))
      if ((await handle(entry)) === "stop") break;
  } finally {
    source.destroy();
  }
}

/** An entry's content as a Node stream, for pipeline(). */
export const entryStream = (entry: ReadEntry) =>
  Readable.fromWeb(entry.body as import("node:stream/web").ReadableStream<Uint8Array>);

/** Counts and hashes what passes through. */
export function digest() {
  const hash = crypto.createHash("sha256");
  let bytes = 0;
  const stream = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk);
      bytes += chunk.length;
      done(null, chunk);
    },
  });
  return { stream, result: () => ({ bytes, sha256: hash.digest("hex") }) };
}

/** A sink that drops what it is given (for a pass that only hashes). */
export const discard = () => new Writable({ write: (_chunk, _encoding, done) => done() });

async function readText(entry: ReadEntry, limit: number): Promise<string | null> {
  return entry.size > limit ? null : entry.text();
}

/** Turns what the tar and gzip readers throw into the sentence a person reads. */
export function describeReadError(file: string, error: unknown, sawManifest: boolean): Error {
  if (error instanceof Error && error.name === "BackupError") return error;
  const code = (error as { code?: string }).code ?? "";
  if (!sawManifest) return notABackup(file);
  if (code === "Z_BUF_ERROR" || /unexpected end/i.test(String(error)))
    return damaged(file, "it ends early (was it copied completely?)");
  if (code.startsWith("Z_") || code.startsWith("TAR_"))
    return damaged(file, `its compressed data is corrupt (${(error as Error).message})`);
  return error instanceof Error ? error : new Error(String(error));
}

/** Reads only the manifest, the archive's first entry: a quick "is this ours, and which version". */
export async function readManifest(file: string): Promise<Manifest> {
  if (!fs.existsSync(file) || !fs.statSync(file).isFile())
    throw new BackupError(
      `${file} does not exist (give the path of a galley-backup-….tar.gz file).`,
    );
  let manifest: Manifest | null = null;
  let isOurs = false;
  try {
    await readEntries(file, async (entry) => {
      if (entry.path !== MANIFEST_PATH || entry.type !== "File") throw notABackup(file);
      isOurs = true; // cut short from here on is "damaged", not "foreign"
      const text = await readText(entry, 64 * 1024 * 1024);
      if (text === null) throw notABackup(file);
      manifest = parseManifest(file, text);
      return "stop";
    });
  } catch (error) {
    throw describeReadError(file, error, isOurs);
  }
  if (!manifest) throw notABackup(file);
  return manifest;
}

/** Every file the manifest promises, by archive path, with its size and sha256. */
export function expectedFiles(manifest: Manifest): Map<string, { bytes: number; sha256: string }> {
  const files = new Map<string, { bytes: number; sha256: string }>();
  for (const table of manifest.tables) files.set(table.file, table);
  files.set(JOBS_PATH, manifest.jobs);
  for (const media of manifest.media.files)
    files.set(mediaEntry(media.path), { bytes: media.size, sha256: media.sha256 });
  return files;
}

/**
 * Reads each entry the manifest lists, once, through `read` (which answers the bytes it
 * read and their sha256), and checks them against the manifest; an entry it does not list,
 * lists twice or is missing is damage. Errors `passThrough` accepts are the caller's own.
 */
export async function readListedEntries(
  file: string,
  manifest: Manifest,
  read: (entry: ReadEntry) => Promise<{ bytes: number; sha256: string }>,
  passThrough: (error: unknown) => boolean = () => false,
): Promise<void> {
  const expected = expectedFiles(manifest);
  const seen = new Set<string>();
  try {
    await readEntries(file, async (entry) => {
      if (entry.path === MANIFEST_PATH || entry.type === "Directory") return;
      const want = expected.get(entry.path);
      if (!want || entry.type !== "File" || seen.has(entry.path))
        throw damaged(file, `it holds ${entry.path}, which its manifest does not list`);
      seen.add(entry.path);
      const got = await read(entry);
      if (got.bytes !== want.bytes || got.sha256 !== want.sha256)
        throw damaged(file, `${entry.path} does not match its checksum`);
    });
  } catch (error) {
    if (passThrough(error)) throw error;
    throw describeReadError(file, error, true);
  }
  const missing = [...expected.keys()].find((name) => !seen.has(name));
  if (missing) throw damaged(file, `${missing} is missing (the file may be cut short)`);
}

/** An entry's bytes and sha256, read and dropped. */
export async function skimEntry(entry: ReadEntry): Promise<{ bytes: number; sha256: string }> {
  const check = digest();
  await pipeline(entryStream(entry), check.stream, discard());
  return check.result();
}

/**
 * Reads the whole archive once and checks every entry against the manifest (present,
 * nothing extra, same size and sha256), before anything is changed: a damaged backup is
 * refused with the database and the media folder untouched.
 */
export function verifyArchive(file: string, manifest: Manifest): Promise<void> {
  return readListedEntries(file, manifest, skimEntry);
}
