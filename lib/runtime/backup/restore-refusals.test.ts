import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { create, extract } from "tar";
import { beforeAll, describe, expect, it } from "vitest";
import { backupNewsroomForThisFile } from "@/lib/testing/backup-newsroom";
import { digestDatabase, readFolder, type DatabaseDigest } from "@/lib/testing/database-digest";
import { createBackup } from "./create-backup";
import type { Manifest } from "./manifest";
import { restoreBackup } from "./restore-backup";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const newsroom = backupNewsroomForThisFile();
let good = "";
let before: DatabaseDigest;
let mediaBefore: Map<string, Buffer>;

/** A copy of the good backup with its manifest changed (every other entry as it was). */
async function repack(name: string, change: (manifest: Manifest) => void): Promise<string> {
  const dir = fs.mkdtempSync(path.join(newsroom.dataDir, "repack-"));
  await extract({ file: good, cwd: dir });
  const manifest = JSON.parse(fs.readFileSync(path.join(dir, "manifest.json"), "utf8")) as Manifest;
  change(manifest);
  fs.writeFileSync(path.join(dir, "manifest.json"), JSON.stringify(manifest));
  const entries = [
    "manifest.json",
    ...manifest.tables.map((table) => table.file),
    manifest.jobs.file,
    ...manifest.media.files.map((file) => `media/${file.path}`),
  ];
  const file = path.join(newsroom.dataDir, name);
  await create({ file, cwd: dir, gzip: true, noDirRecurse: true }, entries);
  return file;
}

function damagedCopy(name: string, change: (bytes: Buffer) => Buffer): string {
  const file = path.join(newsroom.dataDir, name);
  fs.writeFileSync(file, change(fs.readFileSync(good)));
  return file;
}

beforeAll(async () => {
  good = path.join(newsroom.dataDir, "good.tar.gz");
  await createBackup({
    databaseUrl: newsroom.url(),
    mediaDir: newsroom.mediaDir,
    output: good,
    root,
  });
  // The restores below target the newsroom itself, with --yes: only the file can stop them.
  before = await digestDatabase(newsroom.url());
  mediaBefore = readFolder(newsroom.mediaDir);
});

async function expectRefusedAndUnchanged(file: string, sentence: RegExp) {
  await expect(
    restoreBackup({
      file,
      databaseUrl: newsroom.url(),
      mediaDir: newsroom.mediaDir,
      root,
      confirmed: true,
    }),
  ).rejects.toThrow(sentence);
  expect(await digestDatabase(newsroom.url())).toEqual(before);
  expect(readFolder(newsroom.mediaDir)).toEqual(mediaBefore);
  const leftovers = fs.readdirSync(newsroom.dataDir).filter((name) => name.startsWith(".media"));
  expect(leftovers).toEqual([]);
  const client = new pg.Client({ connectionString: newsroom.url() });
  await client.connect();
  const staging = await client.query(`select 1 from pg_namespace where nspname = 'galley_restore'`);
  await client.end();
  expect(staging.rowCount).toBe(0);
}

describe(
  "db:restore refuses a file that is not a good Galley backup, and changes nothing",
  { timeout: 120_000 },
  () => {
    it("a backup cut short", async () => {
      const file = damagedCopy("cut.tar.gz", (bytes) => bytes.subarray(0, bytes.length / 2));
      await expectRefusedAndUnchanged(
        file,
        /^.+cut\.tar\.gz is damaged: it ends early \(was it copied completely\?\)\. Nothing was changed\.$/,
      );
    });

    it("a backup with one byte changed in the middle", async () => {
      const file = damagedCopy("flipped.tar.gz", (bytes) => {
        const copy = Buffer.from(bytes);
        copy[Math.floor(copy.length / 2)]! ^= 0x55;
        return copy;
      });
      await expectRefusedAndUnchanged(
        file,
        /flipped\.tar\.gz is damaged: .+\. Nothing was changed\.$/,
      );
    });

    it("random bytes, an empty file, and someone else's .tar.gz", async () => {
      const random = damagedCopy("random.bin", () => crypto.randomBytes(64 * 1024));
      await expectRefusedAndUnchanged(random, /random\.bin is not a Galley backup/);
      const empty = damagedCopy("empty.tar.gz", () => Buffer.alloc(0));
      await expectRefusedAndUnchanged(empty, /empty\.tar\.gz is not a Galley backup/);
      const other = path.join(newsroom.dataDir, "other.tar.gz");
      await create({ file: other, cwd: root, gzip: true }, ["package.json"]);
      await expectRefusedAndUnchanged(other, /other\.tar\.gz is not a Galley backup/);
    });

    it("a backup from a newer Galley", async () => {
      const file = await repack("newer.tar.gz", (manifest) => {
        manifest.migrations.push("29990101000000_from_the_future");
        manifest.galleyVersion = "9.0.0";
      });
      await expectRefusedAndUnchanged(
        file,
        /newer\.tar\.gz comes from a newer Galley \(9\.0\.0\): its database has migration 29990101000000_from_the_future, which this Galley does not know; upgrade Galley, then restore it\.$/,
      );
    });

    it("a backup whose checksums hold but whose rows do not: the load fails half-way and is rolled back", async () => {
      // Every entry matches its checksum, so the restore gets as far as loading: most tables
      // are in (User comes late), then one does not hold the rows its manifest says.
      const file = await repack("miscounted.tar.gz", (manifest) => {
        manifest.tables.find((table) => table.name === "User")!.rows += 1;
      });
      await expectRefusedAndUnchanged(
        file,
        /miscounted\.tar\.gz is damaged: tables\/User\.bin holds \d+ rows, not \d+\. Nothing was changed\.$/,
      );
    });
  },
);
