import fs from "node:fs";
import path from "node:path";
import type pg from "pg";
import { quote } from "./catalog";

/**
 * A restore builds the backup's schema in a schema of its own, loads the data there, and
 * only then, in the same transaction, drops public's objects and moves the new ones in.
 *
 * Why not rebuild public inside the loading transaction: migrations add enum values
 * (`ALTER TYPE … ADD VALUE`), and PostgreSQL refuses rows using a value added in the same
 * transaction ("unsafe use of new value"). So the migrations run first, each committed as
 * Prisma would, but into this schema, where they touch nothing a newsroom uses; a restore
 * that fails after that leaves public exactly as it was and drops this schema.
 */
export const STAGING = "galley_restore";

/** Prisma's bookkeeping table, as `prisma migrate deploy` creates it (it is data too). */
export const PRISMA_MIGRATIONS_DDL = `create table "_prisma_migrations" (
  "id" varchar(36) primary key not null,
  "checksum" varchar(64) not null,
  "finished_at" timestamptz,
  "migration_name" varchar(255) not null,
  "logs" text,
  "rolled_back_at" timestamptz,
  "started_at" timestamptz not null default now(),
  "applied_steps_count" integer not null default 0
)`;

export async function dropStagingSchema(client: pg.ClientBase): Promise<void> {
  await client.query(`drop schema if exists ${STAGING} cascade`);
}

/** The schema exactly as the backup's migrations left it, empty, in STAGING. */
export async function buildStagingSchema(
  client: pg.ClientBase,
  root: string,
  migrations: string[],
): Promise<void> {
  await dropStagingSchema(client); // a restore killed half-way may have left one
  await client.query(`create schema ${STAGING}`);
  await client.query(`set search_path to ${STAGING}`);
  try {
    await client.query(PRISMA_MIGRATIONS_DDL);
    for (const name of migrations) {
      const sql = fs.readFileSync(path.join(root, "prisma", "migrations", name, "migration.sql"));
      // One batch per file, so one implicit transaction each: a later file may use the
      // enum values an earlier one added. CONCURRENTLY cannot run in a transaction and
      // buys nothing on empty tables.
      const text = sql.toString("utf8").replace(/\b(index|table)\s+concurrently\b/gi, "$1");
      await client.query(text);
    }
  } finally {
    await client.query("reset search_path");
  }
}

export type DeferredDefinitions = { indexes: string[]; foreignKeys: string[] };

/**
 * Empties the staging tables (a migration may insert rows) and takes off their foreign keys
 * and secondary indexes: Prisma's foreign keys are not deferrable and two tables refer to
 * each other (Article ↔ PublishedVersion), so no load order satisfies them row by row; and
 * an index built once over loaded rows is far quicker than one kept up row by row (the GIN
 * search indexes most of all). `restoreDeferred` puts both back, checking every row.
 */
export async function deferConstraints(client: pg.ClientBase): Promise<DeferredDefinitions> {
  const { rows: tables } = await client.query<{ name: string }>(
    `select relname as name from pg_class
     where relnamespace = $1::regnamespace and relkind in ('r', 'p')`,
    [STAGING],
  );
  if (tables.length > 0) {
    await client.query(
      `truncate ${tables.map((table) => `${STAGING}.${quote(table.name)}`).join(", ")}`,
    );
  }
  const { rows: keys } = await client.query<{ table: string; name: string; definition: string }>(
    `select t.relname as table, k.conname as name, pg_get_constraintdef(k.oid) as definition
     from pg_constraint k join pg_class t on t.oid = k.conrelid
     where t.relnamespace = $1::regnamespace and k.contype = 'f'`,
    [STAGING],
  );
  for (const key of keys) {
    await client.query(
      `alter table ${STAGING}.${quote(key.table)} drop constraint ${quote(key.name)}`,
    );
  }
  const { rows: indexes } = await client.query<{ name: string; definition: string }>(
    `select c.relname as name, pg_get_indexdef(i.indexrelid) as definition
     from pg_index i join pg_class c on c.oid = i.indexrelid
     where c.relnamespace = $1::regnamespace and not exists (select 1 from pg_constraint k
       where k.conindid = i.indexrelid and k.contype in ('p', 'u', 'x'))`,
    [STAGING],
  );
  for (const index of indexes) await client.query(`drop index ${STAGING}.${quote(index.name)}`);
  return {
    indexes: indexes.map((index) => index.definition),
    foreignKeys: keys.map(
      (key) =>
        `alter table ${STAGING}.${quote(key.table)} add constraint ${quote(key.name)} ${key.definition}`,
    ),
  };
}

/** Builds the indexes again, then the foreign keys (each checks every row once). */
export async function restoreDeferred(
  client: pg.ClientBase,
  deferred: DeferredDefinitions,
): Promise<void> {
  for (const statement of [...deferred.indexes, ...deferred.foreignKeys])
    await client.query(statement);
}

const RELATION_KIND: Record<string, string> = {
  r: "table",
  p: "table",
  f: "foreign table",
  v: "view",
  m: "materialized view",
  S: "sequence",
};

type SchemaObject = { kind: string; name: string };

/** Objects in a schema, by kind and qualified name, for DROP and ALTER … SET SCHEMA. */
async function listObjects(client: pg.ClientBase, schema: string): Promise<SchemaObject[]> {
  const notExtension = (catalog: string, oid: string) =>
    `not exists (select 1 from pg_depend e where e.classid = '${catalog}'::regclass
       and e.objid = ${oid} and e.deptype = 'e')`;
  const { rows } = await client.query<{ kind: string; name: string }>(
    `select c.relkind::text as kind, format('%I.%I', n.nspname, c.relname) as name
       from pg_class c join pg_namespace n on n.oid = c.relnamespace
       where n.nspname = $1 and c.relkind in ('r', 'p', 'f', 'v', 'm', 'S')
         and ${notExtension("pg_class", "c.oid")}
         -- a serial or identity column's sequence goes with its table
         and not exists (select 1 from pg_depend d where d.classid = 'pg_class'::regclass
           and d.objid = c.oid and d.deptype in ('a', 'i') and c.relkind = 'S')
     union all
     select case t.typtype when 'd' then 'domain' else 'type' end, format('%I.%I', n.nspname, t.typname)
       from pg_type t join pg_namespace n on n.oid = t.typnamespace
       left join pg_class r on r.oid = t.typrelid
       where n.nspname = $1 and (t.typtype in ('e', 'd', 'r') or (t.typtype = 'c' and r.relkind = 'c'))
         and ${notExtension("pg_type", "t.oid")}
     union all
     select 'routine', p.oid::regprocedure::text
       from pg_proc p join pg_namespace n on n.oid = p.pronamespace
       where n.nspname = $1 and p.prokind in ('f', 'p') and ${notExtension("pg_proc", "p.oid")}`,
    [schema],
  );
  return rows.map((row) => ({ kind: RELATION_KIND[row.kind] ?? row.kind, name: row.name }));
}

/**
 * The swap, inside the restore's transaction: public's tables, types and functions go
 * (what `prisma migrate reset` does, but the schema itself, its owner and grants stay),
 * the staged ones move in, and the staging schema is dropped (RESTRICT: anything left
 * behind is an error, never silently lost).
 */
export async function swapIntoPublic(client: pg.ClientBase): Promise<void> {
  // Every name printed schema-qualified (regprocedure omits the schema of visible ones).
  await client.query(`set local search_path to pg_catalog`);
  // IF EXISTS: a cascade from an earlier drop may have taken it already.
  for (const { kind, name } of await listObjects(client, "public"))
    await client.query(`drop ${kind} if exists ${name} cascade`);
  for (const { kind, name } of await listObjects(client, STAGING))
    await client.query(`alter ${kind} ${name} set schema public`);
  await client.query(`drop schema ${STAGING}`);
  await client.query(`set local search_path to default`);
}
