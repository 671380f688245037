import { z } from "zod";
import { StartupError } from "../startup-error";

/**
 * The first entry of every backup archive. It names everything that follows (with sizes
 * and sha256), so a restore can refuse a foreign, truncated or altered file before it
 * touches the database, and knows the schema (migrations, columns) the data was dumped from.
 */
export const MANIFEST_PATH = "manifest.json";
export const FORMAT = "galley-backup";
export const FORMAT_VERSION = 1;
/** The pending job queue (see jobs.ts); not a table: replayed through graphile_worker.add_job. */
export const JOBS_PATH = "jobs.bin";

/** A problem with a backup or a restore, said in one sentence (printed without a stack). */
export class BackupError extends StartupError {
  override name = "BackupError";
}

export const notABackup = (file: string) =>
  new BackupError(`${file} is not a Galley backup (it has no Galley manifest).`);

export const damaged = (file: string, why: string) =>
  new BackupError(`${file} is damaged: ${why}. Nothing was changed.`);

const sha256 = z.string().regex(/^[0-9a-f]{64}$/);
const count = z.number().int().min(0);
// Names come from PostgreSQL's catalog; anything else in a manifest is not ours.
const identifier = z.string().regex(/^[A-Za-z_][A-Za-z0-9_]{0,62}$/);

const fileEntry = { file: z.string(), bytes: count, sha256 };

const ZManifest = z.object({
  format: z.literal(FORMAT),
  formatVersion: z.number().int().min(1),
  galleyVersion: z.string(),
  createdAt: z.string(),
  postgresVersion: z.string(),
  /** Applied Prisma migrations (`_prisma_migrations`), oldest first. */
  migrations: z.array(z.string().regex(/^[0-9]{14}_[A-Za-z0-9_-]+$/)),
  tables: z.array(
    z.object({
      name: identifier,
      /** Without generated columns: PostgreSQL computes those again on restore. */
      columns: z.array(z.object({ name: identifier, type: z.string() })),
      rows: count,
      ...fileEntry,
    }),
  ),
  /** Every sequence's last value, so ids never repeat even after the newest rows were deleted. */
  sequences: z.array(z.object({ name: identifier, lastValue: z.string().nullable() })),
  jobs: z.object({ rows: count, ...fileEntry }),
  media: z.object({
    storage: z.enum(["local", "s3"]),
    files: z.array(z.object({ path: z.string(), size: count, sha256 })),
  }),
});

export type Manifest = z.infer<typeof ZManifest>;
export type TableEntry = Manifest["tables"][number];
export type MediaFile = Manifest["media"]["files"][number];

/** Media keys are `o/<sha256>.<ext>` and `v/<sha256>/<width>.<ext>`: nothing can climb out. */
export function isSafeMediaPath(key: string): boolean {
  const parts = key.split("/");
  return (
    parts.length >= 2 &&
    parts.length <= 4 &&
    parts.every((part) => /^[A-Za-z0-9_-][A-Za-z0-9._-]*$/.test(part) && part !== "..")
  );
}

export const tableFile = (table: string) => `tables/${table}.bin`;
export const mediaEntry = (key: string) => `media/${key}`;

/** Parses manifest.json's text; anything that is not a Galley manifest is "not a backup". */
export function parseManifest(file: string, text: string): Manifest {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw notABackup(file);
  }
  const parsed = ZManifest.safeParse(json);
  if (!parsed.success) {
    const format = (json as { format?: unknown } | null)?.format;
    if (format !== FORMAT) throw notABackup(file);
    throw damaged(file, "its manifest is incomplete");
  }
  const manifest = parsed.data;
  if (manifest.formatVersion > FORMAT_VERSION) {
    throw new BackupError(
      `${file} was written by a newer Galley (${manifest.galleyVersion}, backup format ${manifest.formatVersion}): upgrade Galley, then restore it.`,
    );
  }
  const names = manifest.tables.map((table) => table.file);
  const safe =
    manifest.tables.every((table) => table.file === tableFile(table.name)) &&
    manifest.jobs.file === JOBS_PATH &&
    manifest.media.files.every((media) => isSafeMediaPath(media.path)) &&
    new Set(names).size === names.length;
  if (!safe) throw damaged(file, "its manifest names files a Galley backup never holds");
  return manifest;
}
