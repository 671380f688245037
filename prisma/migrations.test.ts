import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { migrateDatabase } from "@/lib/runtime/migrate";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/test-database";

const created: TestDatabase[] = [];
afterAll(async () => Promise.all(created.map((database) => database.drop())));

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

describe("migrations", () => {
  it("apply to an empty database and create every table of the data model", async () => {
    const database = await createTestDatabase(process.env.TEST_SERVER_URL!, { migrate: false });
    created.push(database);
    expect(
      await query(database.url, "select tablename from pg_tables where schemaname = 'public'"),
    ).toEqual([]);

    await migrateDatabase(database.url);

    const tables = (
      await query<{ tablename: string }>(
        database.url,
        "select tablename from pg_tables where schemaname = 'public'",
      )
    ).map((row) => row.tablename);
    for (const table of [
      "User",
      "Contributor",
      "Section",
      "Tag",
      "Article",
      "ArticleTag",
      "Byline",
      "Revision",
      "PublishedVersion",
      "WorkflowEvent",
      "Comment",
      "Media",
      "MediaVariant",
      "Redirect",
      "AuditLog",
      "AuthThrottle",
      "Correction",
    ]) {
      expect(tables, `table ${table}`).toContain(table);
    }
    const folders = fs
      .readdirSync(path.join(process.cwd(), "prisma/migrations"), { withFileTypes: true })
      .filter((entry) => entry.isDirectory());
    const applied = await query<{ count: string }>(
      database.url,
      "select count(*) from _prisma_migrations where finished_at is not null and rolled_back_at is null",
    );
    expect(Number(applied[0]?.count)).toBe(folders.length);
  });

  it("are a no-op the second time (a restart re-applies nothing)", async () => {
    const database = await createTestDatabase(process.env.TEST_SERVER_URL!);
    created.push(database);
    const before = await query(
      database.url,
      "select id, finished_at from _prisma_migrations order by id",
    );
    await migrateDatabase(database.url);
    expect(
      await query(database.url, "select id, finished_at from _prisma_migrations order by id"),
    ).toEqual(before);
  });

  it("index the lists the UI pages through by keyset, ending in id", async () => {
    const database = await createTestDatabase(process.env.TEST_SERVER_URL!);
    created.push(database);
    const indexes = (
      await query<{ indexdef: string }>(
        database.url,
        "select indexdef from pg_indexes where schemaname = 'public'",
      )
    ).map((row) => row.indexdef);
    expect(indexes).toContainEqual(
      expect.stringMatching(/"PublishedVersion".*\("isLive", "publishedAt", id\)/),
    );
    expect(indexes).toContainEqual(
      expect.stringMatching(/"Article".*\(status, "statusChangedAt", id\)/),
    );
    expect(indexes).toContainEqual(expect.stringMatching(/"AuditLog".*\("createdAt", id\)/));
  });
});
