import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDbClient } from "@/lib/db-client";
import { backupNewsroomForThisFile } from "@/lib/testing/backup-newsroom";
import { digestDatabase, readFolder, type DatabaseDigest } from "@/lib/testing/database-digest";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/test-database";
import { createArticle } from "@/prisma/factories";
import { createBackup } from "./create-backup";
import { restoreBackup } from "./restore-backup";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const newsroom = backupNewsroomForThisFile();
let backup = "";
let original: DatabaseDigest;
let originalMedia: Map<string, Buffer>;
let target: TestDatabase | undefined;

async function query<T extends pg.QueryResultRow>(url: string, sql: string, values?: unknown[]) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, values)).rows;
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  backup = path.join(newsroom.dataDir, "backups", "round-trip.tar.gz");
  const made = await createBackup({
    databaseUrl: newsroom.url(),
    mediaDir: newsroom.mediaDir,
    output: backup,
    root,
  });
  expect(made.manifest.media.files.length).toBeGreaterThan(2); // originals and variants
  original = await digestDatabase(newsroom.url());
  originalMedia = readFolder(newsroom.mediaDir);
  // Fresh and empty, not even migrated: the restore builds the schema itself.
  target = await createTestDatabase(process.env.TEST_SERVER_URL!, { migrate: false });
});

afterAll(async () => {
  await target?.drop();
});

describe("db:backup then db:restore into a fresh database", { timeout: 180_000 }, () => {
  it("brings back every table row for row, the same schema, the queued jobs and every media file byte for byte", async () => {
    const restoredMedia = path.join(newsroom.dataDir, "restored", "media");
    const summary = await restoreBackup({
      file: backup,
      databaseUrl: target!.url,
      mediaDir: restoredMedia,
      root,
      confirmed: false,
    });
    expect(summary).toMatchObject({ newerMigrations: [], restoredMedia: true });

    const restored = await digestDatabase(target!.url);
    expect(Object.keys(restored.tables)).toEqual(Object.keys(original.tables));
    for (const [table, digest] of Object.entries(original.tables))
      expect({ table, ...restored.tables[table] }).toEqual({ table, ...digest });
    expect(restored.schema).toEqual(original.schema);
    expect(restored.jobs).toEqual(original.jobs);

    // The newsroom really was there to compare: demo stories, both photos, the schedule.
    expect(original.tables.Article!.rows).toBeGreaterThan(2);
    expect(original.tables.Media!.rows).toBe(2);
    expect(original.tables.MediaVariant!.rows).toBeGreaterThan(0);
    expect(original.jobs.some((job) => job.startsWith("publish_scheduled | publish:"))).toBe(true);
    expect(original.jobs.some((job) => job.startsWith("media_variants | variants:"))).toBe(true);

    expect([...readFolder(restoredMedia).keys()]).toEqual([...originalMedia.keys()]);
    expect(readFolder(restoredMedia)).toEqual(originalMedia);
  });

  it("leaves a database Galley can write to: sequences continue, Prisma inserts, jobs are runnable", async () => {
    const [{ max }] = (await query<{ max: string }>(
      target!.url,
      `select max(id)::text as max from "ArticleBodyUpdate"`,
    )) as [{ max: string }];
    const [inserted] = await query<{ id: string }>(
      target!.url,
      `insert into "ArticleBodyUpdate" ("articleId", data) values ($1, '\\x01') returning id::text`,
      [newsroom.scheduledArticleId],
    );
    expect(BigInt(inserted!.id)).toBeGreaterThan(BigInt(max));

    const db = createDbClient(target!.url);
    try {
      const reporter = await db.user.findFirstOrThrow({ where: { role: "REPORTER" } });
      const article = await createArticle(db, { createdById: reporter.id });
      expect(await db.article.count({ where: { id: article.id } })).toBe(1);
    } finally {
      await db.$disconnect();
    }

    // is_available is a generated column of the queue's: computed again, not copied.
    const jobs = await query<{ is_available: boolean; task: string }>(
      target!.url,
      `select j.is_available, t.identifier as task from graphile_worker._private_jobs j
       join graphile_worker._private_tasks t on t.id = j.task_id`,
    );
    expect(jobs.length).toBe(original.jobs.length);
    expect(jobs.every((job) => job.is_available)).toBe(true);
    // Nothing of the restore's scaffolding is left behind.
    const schemas = await query(target!.url, `select 1 from pg_namespace where nspname = $1`, [
      "galley_restore",
    ]);
    expect(schemas).toEqual([]);
  });
});

describe("db:restore over a newsroom", { timeout: 180_000 }, () => {
  it("refuses while Galley is connected, refuses without --yes, and with --yes replaces the newsroom and its media", async () => {
    const { db } = await import("@/lib/db");
    const { searchArticles } = await import("@/lib/server/search/search-articles");
    const restore = (confirmed: boolean) =>
      restoreBackup({
        file: backup,
        databaseUrl: newsroom.url(),
        mediaDir: newsroom.mediaDir,
        root,
        confirmed,
      });

    // The newsroom moves on after the backup: a new story, a new file, a lost one.
    const reporter = await db.user.findFirstOrThrow({ where: { role: "REPORTER" } });
    await createArticle(db, { createdById: reporter.id, headline: "After the backup" });
    const [lost] = [...originalMedia.keys()];
    fs.rmSync(path.join(newsroom.mediaDir, lost!));
    fs.writeFileSync(path.join(newsroom.mediaDir, "o", "stray.jpg"), "not in the backup");
    await expect(restore(true)).rejects.toThrow(
      /^This database is in use \(\d+ other connections?\): stop every Galley instance, then restore\.$/,
    );
    await db.$disconnect();

    const changed = await digestDatabase(newsroom.url());
    const changedMedia = readFolder(newsroom.mediaDir);
    await expect(restore(false)).rejects.toThrow(
      /^The database already holds a newsroom \([\d,]+ stories, [\d,]+ accounts\): run `npm run db:restore -- .+round-trip\.tar\.gz --yes` to replace it with the backup\.$/,
    );
    expect(await digestDatabase(newsroom.url())).toEqual(changed);
    expect(readFolder(newsroom.mediaDir)).toEqual(changedMedia);

    await restore(true);
    expect(await digestDatabase(newsroom.url())).toEqual(original);
    expect(readFolder(newsroom.mediaDir)).toEqual(originalMedia);
    expect(fs.readdirSync(newsroom.dataDir).filter((name) => name.startsWith(".media"))).toEqual(
      [],
    );

    // The app's own use-case finds the restored stories, and new rows get new ids.
    const found = await searchArticles({ q: "德州" });
    expect(found.items.length).toBeGreaterThan(0);
    const update = await db.articleBodyUpdate.create({
      data: { articleId: newsroom.scheduledArticleId, data: Buffer.from([4]) },
    });
    const [{ max }] = (await query<{ max: string }>(
      newsroom.url(),
      `select max(id)::text as max from "ArticleBodyUpdate" where id <> $1`,
      [update.id],
    )) as [{ max: string }];
    expect(update.id).toBeGreaterThan(BigInt(max));
    await db.$disconnect();
  });
});
