import fs from "node:fs";
import path from "node:path";
import { writeArchive } from "./archive-writer";
import { dumpDatabase } from "./database-dump";
import { FORMAT, FORMAT_VERSION, type Manifest } from "./manifest";
import { listMediaFiles } from "./media-files";

export type BackupSummary = {
  file: string;
  bytes: number;
  manifest: Manifest;
};

/** `galley-backup-20261213-154501.tar.gz`, in the server's local time. */
export function defaultBackupName(now = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, "0");
  const date = `${now.getFullYear()}${pad(now.getMonth() + 1)}${pad(now.getDate())}`;
  const time = `${pad(now.getHours())}${pad(now.getMinutes())}${pad(now.getSeconds())}`;
  return `galley-backup-${date}-${time}.tar.gz`;
}

/**
 * Where a backup goes: the path given (a folder, or a file name; relative to `base`), else
 * `backups/` in the data folder, under a name that says when it was made.
 */
export function resolveBackupPath(
  given: string | undefined,
  dataDir: string,
  base = process.cwd(),
): string {
  if (!given) return path.join(dataDir, "backups", defaultBackupName());
  const target = path.resolve(base, given);
  const isFolder =
    given.endsWith("/") || (fs.existsSync(target) && fs.statSync(target).isDirectory());
  return isFolder ? path.join(target, defaultBackupName()) : target;
}

export function galleyVersion(root: string): string {
  const pkg = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")) as {
    version?: string;
  };
  return pkg.version ?? "unknown";
}

/**
 * Backs up the database (one consistent snapshot) and, when media live on this machine,
 * the media folder, into one .tar.gz. With media in S3 (`mediaDir` null) the archive holds
 * the database only; the bucket is backed up with the store's own tools.
 */
export async function createBackup(options: {
  databaseUrl: string;
  mediaDir: string | null;
  output: string;
  root: string;
}): Promise<BackupSummary> {
  const { databaseUrl, mediaDir, output, root } = options;
  fs.mkdirSync(path.dirname(output), { recursive: true });
  // Beside the archive: the same disk, which must hold the archive anyway.
  const spoolDir = fs.mkdtempSync(path.join(path.dirname(output), ".galley-backup-"));
  try {
    const dump = await dumpDatabase(databaseUrl, spoolDir);
    // Listed after the snapshot: every file its rows name was written before it (media
    // are content-addressed and never rewritten), so none can be missing.
    const files = mediaDir ? await listMediaFiles(mediaDir) : [];
    const manifest: Manifest = {
      format: FORMAT,
      formatVersion: FORMAT_VERSION,
      galleyVersion: galleyVersion(root),
      createdAt: new Date().toISOString(),
      ...dump,
      media: { storage: mediaDir ? "local" : "s3", files },
    };
    const bytes = await writeArchive({ output, spoolDir, mediaDir, manifest });
    return { file: output, bytes, manifest };
  } finally {
    fs.rmSync(spoolDir, { recursive: true, force: true });
  }
}
