import fs from "node:fs";
import path from "node:path";
import type pg from "pg";
import { countNewsroom, listSequences, listTables, quote } from "./catalog";
import { BackupError, type Manifest } from "./manifest";
import { STAGING } from "./staging-schema";

/** The migrations this copy of Galley carries, oldest first. */
export function knownMigrations(root: string): string[] {
  const folder = path.join(root, "prisma", "migrations");
  return fs
    .readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .filter((entry) => fs.existsSync(path.join(folder, entry.name, "migration.sql")))
    .map((entry) => entry.name)
    .sort();
}

/**
 * A backup can be restored when this Galley knows every migration its database had; the
 * ones it has beyond those are applied after the restore, as on any upgrade. Returns
 * those newer migrations.
 */
export function checkCompatible(file: string, manifest: Manifest, known: string[]): string[] {
  const unknown = manifest.migrations.find((name) => !known.includes(name));
  if (unknown) {
    throw new BackupError(
      `${file} comes from a newer Galley (${manifest.galleyVersion}): its database has migration ${unknown}, which this Galley does not know; upgrade Galley, then restore it.`,
    );
  }
  return known.filter((name) => !manifest.migrations.includes(name));
}

const plural = (count: number, one: string, many: string) =>
  `${count.toLocaleString("en")} ${count === 1 ? one : many}`;

/**
 * Before anything is changed: nobody else may be using the database (a running Galley
 * would keep saving into the newsroom being replaced, and its caches would outlive it),
 * and a database that holds a newsroom is replaced only when the person said so.
 */
export async function checkTarget(
  client: pg.ClientBase,
  options: { file: string; confirmed: boolean },
): Promise<void> {
  const { rows } = await client.query<{ count: string }>(
    `select count(*) from pg_stat_activity where datname = current_database()
       and pid <> pg_backend_pid() and backend_type = 'client backend'`,
  );
  const others = Number(rows[0]?.count ?? 0);
  if (others > 0) {
    throw new BackupError(
      `This database is in use (${plural(others, "other connection", "other connections")}): stop every Galley instance, then restore.`,
    );
  }
  const { articles, users } = await countNewsroom(client);
  if ((articles > 0 || users > 0) && !options.confirmed) {
    throw new BackupError(
      `The database already holds a newsroom (${plural(articles, "story", "stories")}, ${plural(users, "account", "accounts")}): run \`npm run db:restore -- ${options.file} --yes\` to replace it with the backup.`,
    );
  }
}

/**
 * The staging schema, built by the backup's own migrations, must have every table and
 * column the backup holds, with the same types: binary COPY needs them exactly.
 */
export async function checkStagingShape(
  client: pg.ClientBase,
  file: string,
  manifest: Manifest,
): Promise<void> {
  // Type names print unqualified when their schema is on the path, as public's were.
  await client.query(`set local search_path to ${STAGING}`);
  const staged = new Map((await listTables(client, STAGING)).map((t) => [t.name, t.columns]));
  await client.query("set local search_path to default");
  for (const table of manifest.tables) {
    const columns = staged.get(table.name);
    const same =
      columns !== undefined &&
      JSON.stringify(columns.map((c) => [c.name, c.type])) ===
        JSON.stringify(table.columns.map((c) => [c.name, c.type]));
    if (!same) {
      throw new BackupError(
        `${file} does not fit the schema its migrations make (table ${table.name} differs): was its database changed by hand? Nothing was changed.`,
      );
    }
  }
}

/**
 * Moves every staged sequence past the largest id in its column and past the value it had
 * in the backup, so that new rows never collide with restored ones nor reuse the id of a
 * row deleted before the backup.
 */
export async function advanceSequences(client: pg.ClientBase, manifest: Manifest): Promise<void> {
  const backedUp = new Map(manifest.sequences.map((seq) => [seq.name, seq.lastValue]));
  for (const seq of await listSequences(client, STAGING)) {
    const max =
      seq.table && seq.column
        ? `(select max(${quote(seq.column)})::bigint from ${STAGING}.${quote(seq.table)})`
        : "null::bigint";
    await client.query(
      `select setval($1::regclass, greatest(coalesce(m, 0), coalesce($2::bigint, 0), 1),
         m is not null or $2::bigint is not null)
       from (select ${max} as m) as x`,
      [`${STAGING}.${quote(seq.name)}`, backedUp.get(seq.name) ?? null],
    );
  }
}
