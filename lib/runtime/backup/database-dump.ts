import fs from "node:fs";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import pg from "pg";
import { to as copyTo } from "pg-copy-streams";
import { digest } from "./archive-reader";
import { listMigrations, listSequences, listTables, quote } from "./catalog";
import { hasJobQueue, JOBS_QUERY, NO_JOBS_QUERY } from "./jobs";
import { BackupError, JOBS_PATH, tableFile, type Manifest } from "./manifest";

export type DatabaseDump = Pick<
  Manifest,
  "postgresVersion" | "migrations" | "tables" | "sequences" | "jobs"
>;

/** Streams one COPY … TO STDOUT into a file, counting rows and hashing bytes on the way. */
async function copyToFile(client: pg.Client, sql: string, file: string) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const check = digest();
  const stream = client.query(copyTo(sql));
  await pipeline(stream, check.stream, fs.createWriteStream(file, { mode: 0o600 }));
  return { rows: stream.rowCount, ...check.result() };
}

/**
 * Dumps every table of the public schema, and the job queue's pending jobs, into `dir`
 * (one file each, PostgreSQL's binary COPY format), all from one snapshot: a single
 * REPEATABLE READ, READ ONLY transaction, so the files agree with each other (every
 * foreign key finds its row) while Galley keeps running and writing.
 *
 * The files are spooled to disk rather than straight into the archive because a tar
 * header needs each entry's size before its bytes; it also keeps the snapshot (which
 * holds back vacuum) open only for the COPYs, not for the slower compression.
 */
export async function dumpDatabase(databaseUrl: string, dir: string): Promise<DatabaseDump> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query("begin isolation level repeatable read read only");
    const migrations = await listMigrations(client);
    if (!migrations || migrations.length === 0) {
      throw new BackupError(
        "The database has no Galley tables yet: start Galley once (or run `npm run db:migrate`) before backing it up.",
      );
    }
    const { rows: version } = await client.query<{ server_version: string }>("show server_version");
    const tables: Manifest["tables"] = [];
    for (const table of await listTables(client, "public")) {
      const columns = table.columns.map((column) => quote(column.name)).join(", ");
      const file = tableFile(table.name);
      const copied = await copyToFile(
        client,
        `copy public.${quote(table.name)} (${columns}) to stdout (format binary)`,
        path.join(dir, file),
      );
      tables.push({ ...table, file, ...copied });
    }
    const sequences = (await listSequences(client, "public")).map(({ name, lastValue }) => ({
      name,
      lastValue,
    }));
    const query = (await hasJobQueue(client)) ? JOBS_QUERY : NO_JOBS_QUERY;
    const jobs = await copyToFile(
      client,
      `copy (${query}) to stdout (format binary)`,
      path.join(dir, JOBS_PATH),
    );
    await client.query("commit");
    return {
      postgresVersion: version[0]?.server_version ?? "unknown",
      migrations,
      tables,
      sequences,
      jobs: { file: JOBS_PATH, ...jobs },
    };
  } finally {
    await client.end();
  }
}
