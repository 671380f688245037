import fs from "node:fs";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import type pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import type { ReadEntry } from "tar";
import { digest, entryStream, readListedEntries, skimEntry } from "./archive-reader";
import { quote } from "./catalog";
import { JOBS_TABLE } from "./jobs";
import { damaged, JOBS_PATH, type Manifest } from "./manifest";
import { STAGING } from "./staging-schema";

/** A table's rows could not go in: the backup does not fit the schema it claims. */
export class LoadError extends Error {
  override name = "LoadError";
}

async function copyInto(client: pg.ClientBase, entry: ReadEntry, sql: string) {
  const check = digest();
  const stream = client.query(copyFrom(sql));
  try {
    await pipeline(entryStream(entry), check.stream, stream);
  } catch (error) {
    throw new LoadError(`${entry.path}: ${(error as Error).message}`);
  }
  return { rows: stream.rowCount, ...check.result() };
}

async function writeMedia(entry: ReadEntry, target: string) {
  await fs.promises.mkdir(path.dirname(target), { recursive: true });
  const check = digest();
  await pipeline(entryStream(entry), check.stream, fs.createWriteStream(target, { flags: "wx" }));
  return check.result();
}

/**
 * Streams the archive into the staging tables (binary COPY, the manifest's columns in the
 * manifest's order), its jobs into JOBS_TABLE and its media files into `mediaStage`, each
 * checked again against the manifest as it goes by (the file may have changed since it
 * was verified). Runs inside the restore's transaction: any failure rolls all of it back.
 */
export async function loadArchive(options: {
  client: pg.ClientBase;
  file: string;
  manifest: Manifest;
  /** Where media files go; null: the backup's media are not restored here (S3). */
  mediaStage: string | null;
}): Promise<void> {
  const { client, file, manifest, mediaStage } = options;
  const tables = new Map(manifest.tables.map((table) => [table.file, table]));
  await readListedEntries(
    file,
    manifest,
    async (entry) => {
      const table = tables.get(entry.path);
      if (table) {
        const columns = table.columns.map((column) => quote(column.name)).join(", ");
        const got = await copyInto(
          client,
          entry,
          // FREEZE (allowed: the table was truncated in this transaction) writes the rows
          // as old and settled, sparing the first readers and VACUUM a pass over them.
          `copy ${STAGING}.${quote(table.name)} (${columns}) from stdin (format binary, freeze)`,
        );
        if (got.rows !== table.rows)
          throw damaged(file, `${entry.path} holds ${got.rows} rows, not ${table.rows}`);
        return got;
      }
      if (entry.path === JOBS_PATH)
        return copyInto(client, entry, `copy ${JOBS_TABLE} from stdin (format binary)`);
      if (mediaStage)
        return writeMedia(entry, path.join(mediaStage, entry.path.slice("media/".length)));
      return skimEntry(entry);
    },
    (error) => error instanceof LoadError,
  );
}
