import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { listFiles } from "./media-images";

/**
 * What a database holds, in a form two databases can be compared by: every public
 * table's row count and an md5 over its rows (each row's md5, in order: a million rows
 * digest in 32 MB, not a string too long for PostgreSQL), the schema as the catalog
 * describes it (columns with types, defaults and statistics targets, constraints,
 * indexes, enum labels), and the job queue's pending jobs with their payloads.
 */
export type DatabaseDigest = {
  tables: Record<string, { rows: number; md5: string }>;
  schema: string[];
  jobs: string[];
};

const SCHEMA_SQL = `
  select concat_ws(' | ', 'column', c.relname, a.attname, format_type(a.atttypid, a.atttypmod),
      a.attnotnull, a.attgenerated, a.attidentity, pg_get_expr(d.adbin, d.adrelid),
      a.attstattarget) as line
    from pg_attribute a join pg_class c on c.oid = a.attrelid
    left join pg_attrdef d on d.adrelid = a.attrelid and d.adnum = a.attnum
    where c.relnamespace = 'public'::regnamespace and c.relkind = 'r' and a.attnum > 0
      and not a.attisdropped
  union all
  select concat_ws(' | ', 'constraint', conrelid::regclass::text, conname,
      pg_get_constraintdef(oid))
    from pg_constraint where connamespace = 'public'::regnamespace
      -- PostgreSQL 18 also lists each NOT NULL here; the column lines carry it already,
      -- and leaving these out lets digests from two major versions compare.
      and contype <> 'n'
  union all
  select concat_ws(' | ', 'index', tablename, indexname, indexdef)
    from pg_indexes where schemaname = 'public'
  union all
  select concat_ws(' | ', 'enum', t.typname, string_agg(e.enumlabel, ',' order by e.enumsortorder))
    from pg_type t join pg_enum e on e.enumtypid = t.oid
    where t.typnamespace = 'public'::regnamespace group by t.typname
  order by 1`;

const JOBS_SQL = `
  select concat_ws(' | ', t.identifier, j.key, j.run_at, j.max_attempts, j.priority,
      q.queue_name, j.payload::text) as line
    from graphile_worker._private_jobs j
    join graphile_worker._private_tasks t on t.id = j.task_id
    left join graphile_worker._private_job_queues q on q.id = j.job_queue_id
  order by 1`;

export async function digestDatabase(url: string): Promise<DatabaseDigest> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows: names } = await client.query<{ name: string }>(
      `select tablename as name from pg_tables where schemaname = 'public' order by 1`,
    );
    const tables: DatabaseDigest["tables"] = {};
    for (const { name } of names) {
      const table = `public."${name.replaceAll('"', '""')}"`;
      const { rows } = await client.query<{ rows: number; md5: string }>(
        `select count(*)::int as rows,
           md5(coalesce(string_agg(h, '' order by h), '')) as md5
         from (select md5(x::text) as h from ${table} x) as hashed`,
      );
      tables[name] = rows[0]!;
    }
    const schema = (await client.query<{ line: string }>(SCHEMA_SQL)).rows.map((r) => r.line);
    const hasQueue = await client.query<{ found: boolean }>(
      `select to_regclass('graphile_worker._private_jobs') is not null as found`,
    );
    const jobs = hasQueue.rows[0]?.found
      ? (await client.query<{ line: string }>(JOBS_SQL)).rows.map((r) => r.line)
      : [];
    return { tables, schema, jobs };
  } finally {
    await client.end();
  }
}

/** Every file under `dir` with its bytes (as hex digests would hide nothing: compare bytes). */
export function readFolder(dir: string): Map<string, Buffer> {
  return new Map(
    listFiles(dir)
      .sort()
      .map((file) => [file.split(path.sep).join("/"), fs.readFileSync(path.join(dir, file))]),
  );
}
