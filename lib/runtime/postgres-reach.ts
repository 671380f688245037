import { spawn } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { StartupError } from "./startup-error";

/**
 * As root, the embedded PostgreSQL runs as the `postgres` user, who cannot enter a folder
 * under a 0700 parent: a clone in /root, say. Rather than loosen the parent's permissions
 * (not ours to change), its binaries and data go where that user can reach them.
 */
export type RunAs = { uid: number; gid: number } | undefined;
export type Binaries = { pg_ctl: string; initdb: string; postgres: string };

/** Where the binaries and data go when the postgres user cannot reach the project. */
export const SHARED_DIR = "/var/lib/galley";

/** Whether `runAs` may enter `dir`: search permission on it and every parent, as the kernel checks it. */
export function canReach(dir: string, runAs: RunAs): Promise<boolean> {
  if (!runAs) return Promise.resolve(true);
  return new Promise((resolve) => {
    const child = spawn("test", ["-x", dir], { ...runAs, cwd: "/", stdio: "ignore" });
    child.on("error", () => resolve(false));
    child.on("exit", (code) => resolve(code === 0));
  });
}

/** The PostgreSQL major version of the package the binaries came from ("18.4.0-beta.17" → 18). */
export function packageMajor(bins: Binaries): number {
  const file = path.join(path.dirname(path.dirname(bins.postgres)), "..", "package.json");
  const { version } = JSON.parse(fs.readFileSync(file, "utf8")) as { version: string };
  return Number.parseInt(version, 10);
}

function shared(sharedDir: string, ...parts: string[]): string {
  fs.mkdirSync(sharedDir, { recursive: true, mode: 0o755 });
  return path.join(sharedDir, ...parts);
}

/**
 * The binaries the postgres user can run: the package's own, or a copy of its `native`
 * folder (bin, lib, share: the binaries find their libraries relative to themselves)
 * made once per version in the shared folder, written aside and renamed into place so
 * a start killed half-way never leaves half a copy.
 */
export async function reachableBinaries(
  bins: Binaries,
  runAs: RunAs,
  sharedDir = SHARED_DIR,
): Promise<Binaries> {
  const native = path.dirname(path.dirname(bins.postgres));
  if (await canReach(path.join(native, "bin"), runAs)) return bins;
  const { version } = JSON.parse(
    fs.readFileSync(path.join(native, "..", "package.json"), "utf8"),
  ) as { version: string };
  const target = shared(sharedDir, `postgresql-${version}`);
  if (!fs.existsSync(path.join(target, "bin", "postgres"))) {
    const aside = `${target}.${process.pid}.partial`;
    fs.rmSync(aside, { recursive: true, force: true });
    fs.cpSync(native, aside, { recursive: true, verbatimSymlinks: true });
    try {
      fs.renameSync(aside, target);
    } catch {
      // Another start won the race: its copy is as good as ours.
      fs.rmSync(aside, { recursive: true, force: true });
    }
  }
  if (!(await canReach(path.join(target, "bin"), runAs))) {
    throw new StartupError(
      `The postgres user cannot reach the embedded PostgreSQL's programs, even copied to ${target}; make ${sharedDir} readable by it (chmod 755), or set DATABASE_URL to use a PostgreSQL server.`,
    );
  }
  const bin = (name: string) => path.join(target, "bin", name);
  return { pg_ctl: bin("pg_ctl"), initdb: bin("initdb"), postgres: bin("postgres") };
}

/**
 * PostgreSQL's data folder: `<data dir>/postgres` when the postgres user can reach it (or
 * it already holds a database), else a folder in the shared one named after the data
 * dir, so each checkout keeps its own database.
 */
export async function reachableDataDir(
  dir: string,
  runAs: RunAs,
  sharedDir = SHARED_DIR,
): Promise<string> {
  const inside = path.join(dir, "postgres");
  if (fs.existsSync(path.join(inside, "PG_VERSION")) || (await canReach(dir, runAs))) {
    return inside;
  }
  const id = crypto.createHash("sha256").update(dir).digest("hex").slice(0, 12);
  const name = `${path.basename(path.dirname(dir)) || "galley"}-${id}`;
  const home = shared(sharedDir, "data", name);
  fs.mkdirSync(home, { recursive: true, mode: 0o755 });
  fs.chmodSync(path.dirname(home), 0o755);
  fs.chmodSync(home, 0o755);
  return path.join(home, "postgres");
}
