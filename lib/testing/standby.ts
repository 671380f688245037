import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import {
  runAsUser,
  startEmbeddedPostgres,
  type EmbeddedPostgres,
} from "../runtime/embedded-postgres";
import { findFreePort } from "../runtime/port";

const execFileAsync = promisify(execFile);
const SLOT = "galley_standby";

// What a base backup leaves out (PostgreSQL's "Making a Base Backup Using the Low Level
// API"): the running server's own files, and WAL, which the standby streams instead.
const LEFT_OUT = new Set(["postmaster.pid", "postmaster.opts", "server.log"]);
const EMPTIED = new Set([
  "pg_wal",
  "pg_replslot",
  "pg_dynshmem",
  "pg_notify",
  "pg_serial",
  "pg_snapshots",
  "pg_stat_tmp",
  "pg_subtrans",
]);

/** A copy of `primary`'s data that starts as its hot standby (what pg_basebackup -R makes). */
async function baseBackup(primary: EmbeddedPostgres, target: string) {
  const client = new pg.Client({ connectionString: primary.url });
  await client.connect();
  try {
    // The slot keeps every WAL segment from here on until the standby has streamed it.
    await client.query("select pg_create_physical_replication_slot($1, true)", [SLOT]);
    await client.query("select pg_backup_start('galley standby', true)");
    fs.cpSync(primary.dataDir, target, {
      recursive: true,
      filter: (source) => {
        const relative = path.relative(primary.dataDir, source);
        const [top] = relative.split(path.sep);
        if (LEFT_OUT.has(relative)) return false;
        return !(
          top &&
          EMPTIED.has(top) &&
          relative !== top &&
          relative !== "pg_wal/archive_status"
        );
      },
    });
    const { rows } = await client.query<{ labelfile: string; spcmapfile: string }>(
      "select labelfile, spcmapfile from pg_backup_stop(false)",
    );
    fs.writeFileSync(path.join(target, "backup_label"), rows[0]!.labelfile);
    if (rows[0]!.spcmapfile)
      fs.writeFileSync(path.join(target, "tablespace_map"), rows[0]!.spcmapfile);
  } finally {
    await client.end();
  }
  const url = new URL(primary.url);
  const conninfo = `host=${url.hostname} port=${url.port} user=${decodeURIComponent(url.username)} password=${decodeURIComponent(url.password)} application_name=${SLOT}`;
  fs.writeFileSync(path.join(target, "standby.signal"), "");
  fs.appendFileSync(
    path.join(target, "postgresql.auto.conf"),
    // Queries in replay's way are cancelled after a second (the default waits 30 s), so a
    // test can make a "conflict with recovery" quickly.
    `primary_conninfo = '${conninfo.replaceAll("'", "''")}'\nprimary_slot_name = '${SLOT}'\nmax_standby_streaming_delay = '1s'\n`,
  );
  fs.chmodSync(target, 0o700);
}

/**
 * A primary and a real streaming replica of it: the embedded PostgreSQL as the primary,
 * a base backup of it started as a hot standby on a port of its own, following the
 * primary through a replication slot. For tests of reader reads on replicas
 * (lib/replicas); `pauseReplay` is how they make it lag.
 *
 * The embedded package ships no pg_basebackup, and Debian's (PostgreSQL 15) cannot stream
 * from a newer server, so the backup is taken the way pg_basebackup takes it, through
 * PostgreSQL's low-level API (pg_backup_start, a copy, pg_backup_stop and its label), and
 * `-R`'s two settings (standby.signal, primary_conninfo) are written the same way.
 */
export type ReplicatedServer = {
  /** The primary's `postgres` database (tests create their own databases on it). */
  primaryUrl: string;
  /** `url` (a database on the primary) as the standby serves it. */
  onStandby(url: string): string;
  pauseReplay(): Promise<void>;
  resumeReplay(): Promise<void>;
  stopStandby(): Promise<void>;
  startStandby(): Promise<void>;
  close(): Promise<void>;
};

async function onServer(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export async function startReplicatedServer(): Promise<ReplicatedServer> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "galley-replica-"));
  fs.chmodSync(dir, 0o755);
  const primaryDir = path.join(dir, "primary");
  const standbyDir = path.join(dir, "standby");
  const primary: EmbeddedPostgres = await startEmbeddedPostgres({
    dir: primaryDir,
    port: await findFreePort(),
    database: "postgres",
  });
  const runAs = await runAsUser();
  const password = fs.readFileSync(path.join(primaryDir, "postgres-password"), "utf8").trim();
  fs.mkdirSync(standbyDir, { mode: 0o755 });
  // The standby's folder holds the same password file, so startEmbeddedPostgres reads it.
  fs.writeFileSync(path.join(standbyDir, "postgres-password"), `${password}\n`, { mode: 0o600 });
  await baseBackup(primary, path.join(standbyDir, "postgres"));
  if (runAs) await execFileAsync("chown", ["-R", `${runAs.uid}:${runAs.gid}`, standbyDir]);
  const standbyPort = await findFreePort();
  let standby: EmbeddedPostgres | null = null;
  const startStandby = async () => {
    standby = await startEmbeddedPostgres({
      dir: standbyDir,
      port: standbyPort,
      database: "postgres",
    });
  };
  await startStandby();
  const onStandby = (url: string) => {
    const parsed = new URL(url);
    parsed.port = String(standbyPort);
    return parsed.toString();
  };
  return {
    primaryUrl: primary.url,
    onStandby,
    pauseReplay: () => onServer(onStandby(primary.url), "select pg_wal_replay_pause()"),
    resumeReplay: () => onServer(onStandby(primary.url), "select pg_wal_replay_resume()"),
    async stopStandby() {
      await standby?.stop();
      standby = null;
    },
    startStandby,
    async close() {
      await standby?.stop();
      await primary.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
