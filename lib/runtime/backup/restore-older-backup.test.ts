import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { digestDatabase } from "@/lib/testing/database-digest";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/test-database";
import { createBackup } from "./create-backup";
import { restoreBackup } from "./restore-backup";
import { knownMigrations } from "./restore-checks";
import { PRISMA_MIGRATIONS_DDL } from "./staging-schema";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const migrations = knownMigrations(root);
const older = migrations.slice(0, -1);
const databases: TestDatabase[] = [];
let dir = "";

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "galley-older-backup-"));
});

afterAll(async () => {
  for (const database of databases) await database.drop();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("db:restore of a backup from an older Galley", { timeout: 180_000 }, () => {
  it("restores at the backup's migration level, then applies this Galley's newer migrations", async () => {
    const server = process.env.TEST_SERVER_URL!;
    const [source, target, reference] = await Promise.all([
      createTestDatabase(server, { migrate: false }),
      createTestDatabase(server, { migrate: false }),
      createTestDatabase(server), // today's schema, as `prisma migrate deploy` makes it
    ]);
    databases.push(source, target, reference);
    // Galley one migration ago, recorded as Prisma records it, with a story in it.
    await withClient(source.url, async (client) => {
      await client.query(PRISMA_MIGRATIONS_DDL);
      for (const name of older) {
        const sql = fs.readFileSync(path.join(root, "prisma", "migrations", name, "migration.sql"));
        await client.query(sql.toString("utf8"));
        await client.query(
          `insert into _prisma_migrations (id, checksum, finished_at, migration_name, applied_steps_count)
           values (gen_random_uuid()::text, $1, now(), $2, 1)`,
          [crypto.createHash("sha256").update(sql).digest("hex"), name],
        );
      }
      await client.query(
        `with u as (insert into "User" (id, email, name, "passwordHash", "updatedAt")
           values (gen_random_uuid(), 'older@example.test', 'Older', '-', now()) returning id)
         insert into "Article" (id, headline, slug, body, "createdById", "updatedAt")
         select gen_random_uuid(), '舊版的稿件', 'older-story', '{"type":"doc","content":[]}', id, now()
         from u`,
      );
    });

    const file = path.join(dir, "older.tar.gz");
    const made = await createBackup({
      databaseUrl: source.url,
      mediaDir: null,
      output: file,
      root,
    });
    expect(made.manifest.migrations).toEqual(older);
    const summary = await restoreBackup({
      file,
      databaseUrl: target.url,
      mediaDir: null,
      root,
      confirmed: false,
    });
    expect(summary.newerMigrations).toEqual(migrations.slice(-1));

    const [restored, today] = await Promise.all([
      digestDatabase(target.url),
      digestDatabase(reference.url),
    ]);
    expect(restored.schema).toEqual(today.schema);
    const applied = await withClient(target.url, async (client) => {
      const { rows } = await client.query<{ name: string }>(
        `select migration_name as name from _prisma_migrations
         where finished_at is not null order by 1`,
      );
      return rows.map((row) => row.name);
    });
    expect(applied).toEqual(migrations);
    const story = await withClient(target.url, (client) =>
      client.query(`select headline, kind from "Article" where slug = 'older-story'`),
    );
    expect(story.rows).toEqual([{ headline: "舊版的稿件", kind: "STORY" }]);
  });
});
