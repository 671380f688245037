import "server-only";
import fs from "node:fs";
import path from "node:path";
import { db } from "@/lib/db";
import { replicaStatus } from "@/lib/reader-db";

export type Check = { ok: boolean; detail?: string };
export type Readiness = {
  ready: boolean;
  /** `replicas` only with DATABASE_REPLICA_URLS: informative, as reads fall back to the primary. */
  checks: { database: Check; migrations: Check; jobs: Check; replicas?: Check };
};

const TIMEOUT_MS = 2_000;

function withTimeout<T>(promise: Promise<T>, what: string): Promise<T> {
  return Promise.race([
    promise,
    new Promise<T>((_, reject) =>
      setTimeout(
        () => reject(new Error(`${what} did not answer within ${TIMEOUT_MS} ms`)),
        TIMEOUT_MS,
      ).unref(),
    ),
  ]);
}

/** The migrations this build carries (folder names under prisma/migrations). */
function shippedMigrations(root = process.cwd()): string[] {
  const dir = path.join(root, "prisma", "migrations");
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter(
      (entry) => entry.isDirectory() && fs.existsSync(path.join(dir, entry.name, "migration.sql")),
    )
    .map((entry) => entry.name)
    .sort();
}

/**
 * Readiness: the database answers, every migration this build carries is applied, and
 * the job queue (scheduled publishing) is running in this process.
 */
export async function checkReadiness(): Promise<Readiness> {
  let database: Check = { ok: true };
  let migrations: Check = { ok: false, detail: "not checked: the database is unreachable" };
  try {
    await withTimeout(db.$queryRaw`select 1`, "PostgreSQL");
    const applied = await withTimeout(
      db.$queryRaw<Array<{ migration_name: string }>>`
        select migration_name from "_prisma_migrations"
         where finished_at is not null and rolled_back_at is null`,
      "PostgreSQL",
    );
    const done = new Set(applied.map((row) => row.migration_name));
    const missing = shippedMigrations().filter((name) => !done.has(name));
    migrations = missing.length
      ? { ok: false, detail: `not applied: ${missing.join(", ")}` }
      : { ok: true };
  } catch (error) {
    database = { ok: false, detail: (error as Error).message.split("\n")[0] };
  }
  const running = (globalThis as { galleyJobsRunning?: boolean }).galleyJobsRunning === true;
  // With several workers, worker 1 runs the queue (lib/runtime/workers.ts).
  const jobs: Check = running
    ? { ok: true }
    : process.env.GALLEY_RUN_JOBS === "0"
      ? { ok: true, detail: "run by worker 1" }
      : { ok: false, detail: "the job queue is not running" };
  const replicas = replicaStatus();
  return {
    ready: database.ok && migrations.ok && jobs.ok,
    checks: {
      database,
      migrations,
      jobs,
      ...(replicas.length
        ? {
            replicas: {
              ok: true,
              detail: replicas
                .map((r) => `${r.replica} ${r.state}, ${r.reads} reads by this process`)
                .join("; "),
            },
          }
        : {}),
    },
  };
}
