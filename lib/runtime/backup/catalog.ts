import type pg from "pg";

/** A quoted identifier (names come from the catalog, but a quote in one must not break SQL). */
export const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

export type TableShape = { name: string; columns: { name: string; type: string }[] };

/**
 * The schema's ordinary tables (partitions included, their parents not: COPY reads and
 * writes the rows where they live) and each one's columns, in order, without generated
 * columns: PostgreSQL refuses values for those and computes them again on restore.
 * Tables that belong to an extension are the extension's business.
 */
export async function listTables(client: pg.ClientBase, schema: string): Promise<TableShape[]> {
  const { rows } = await client.query<TableShape>(
    `select c.relname as name,
       coalesce(json_agg(json_build_object('name', a.attname,
         'type', format_type(a.atttypid, a.atttypmod)) order by a.attnum)
         filter (where a.attnum is not null), '[]') as columns
     from pg_class c
     left join pg_attribute a
       on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped and a.attgenerated = ''
     where c.relnamespace = $1::regnamespace and c.relkind = 'r'
       and not exists (select 1 from pg_depend d where d.classid = 'pg_class'::regclass
         and d.objid = c.oid and d.deptype = 'e')
     group by c.relname
     order by c.relname`,
    [schema],
  );
  return rows;
}

export type SequenceShape = {
  name: string;
  /** As text: a bigint does not fit a JS number. Null when never used. */
  lastValue: string | null;
  /** The column the sequence numbers (serial and identity columns), if any. */
  table: string | null;
  column: string | null;
};

export async function listSequences(
  client: pg.ClientBase,
  schema: string,
): Promise<SequenceShape[]> {
  const { rows } = await client.query<SequenceShape>(
    `select s.relname as name, ps.last_value::text as "lastValue",
       t.relname as table, a.attname as column
     from pg_class s
     left join pg_sequences ps on ps.schemaname = $1 and ps.sequencename = s.relname
     left join pg_depend d on d.classid = 'pg_class'::regclass and d.objid = s.oid
       and d.refclassid = 'pg_class'::regclass and d.deptype in ('a', 'i')
     left join pg_class t on t.oid = d.refobjid
     left join pg_attribute a on a.attrelid = t.oid and a.attnum = d.refobjsubid
     where s.relnamespace = $1::regnamespace and s.relkind = 'S'
     order by s.relname`,
    [schema],
  );
  return rows;
}

/** Migrations Prisma applied and did not roll back, oldest first; null without Prisma's table. */
export async function listMigrations(client: pg.ClientBase): Promise<string[] | null> {
  const { rows: found } = await client.query<{ exists: boolean }>(
    `select to_regclass('public._prisma_migrations') is not null as exists`,
  );
  if (!found[0]?.exists) return null;
  const { rows } = await client.query<{ name: string }>(
    `select distinct migration_name as name from public._prisma_migrations
     where finished_at is not null and rolled_back_at is null order by 1`,
  );
  return rows.map((row) => row.name);
}

/** How many stories and accounts a database holds (0 and 0 when it has no Galley tables). */
export async function countNewsroom(
  client: pg.ClientBase,
): Promise<{ articles: number; users: number }> {
  const count = async (table: string) => {
    const { rows } = await client.query<{ count: string | null }>(
      `select case when to_regclass($1) is null then null else 1 end as count`,
      [`public.${quote(table)}`],
    );
    if (rows[0]?.count === null) return 0;
    const counted = await client.query<{ count: string }>(
      `select count(*) from public.${quote(table)}`,
    );
    return Number(counted.rows[0]?.count ?? 0);
  };
  return { articles: await count("Article"), users: await count("User") };
}
