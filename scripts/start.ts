/**
 * `npm start`: validate configuration, open the database (embedded unless DATABASE_URL
 * is set), apply migrations, seed the demo newsroom on a new embedded database, build
 * if the sources changed, and serve. Every failure a person can fix ends in one
 * sentence and a non-zero exit, never a bare stack trace.
 */
import "./production-env";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ConfigError, parseEnv } from "../lib/env";
import { startAppServer, type AppServer } from "../lib/runtime/app-server";
import { isBuildStale, runBuild, type Build } from "../lib/runtime/build";
import type { OpenDatabase } from "../lib/runtime/database";
import { prepareRuntime, setupLine } from "../lib/runtime/prepare";
import { StartupError } from "../lib/runtime/startup-error";
import {
  defaultWorkerCount,
  isWorker,
  serveAsWorker,
  startWorkers,
  type WorkerPool,
} from "../lib/runtime/workers";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../prisma/seed/demo-data";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
let database: OpenDatabase | undefined;
let server: AppServer | undefined;
let workers: WorkerPool | undefined;

async function main() {
  if (fs.existsSync(path.join(root, ".env"))) process.loadEnvFile(path.join(root, ".env"));
  const env = parseEnv();
  // The build needs no database: once configuration and database check out, it runs
  // while migrations and the seed are applied.
  let build: Build | null = null;
  const runtime = await prepareRuntime(env, root, {
    onDatabaseOpen: () => {
      if (!isBuildStale(root)) return;
      console.log("Building Galley (first start, or the sources changed)…");
      build = runBuild(root);
    },
  }).catch((error: unknown) => {
    (build as Build | null)?.cancel();
    throw error;
  });
  database = runtime.database;
  console.log(
    database.isEmbedded
      ? `Embedded PostgreSQL on port ${env.GALLEY_DB_PORT}, data in ${env.GALLEY_DATA_DIR}${relocated(database.postgresDir, env.GALLEY_DATA_DIR)}`
      : "Using the PostgreSQL server in DATABASE_URL",
  );

  await build;
  const count = env.GALLEY_WORKERS ?? defaultWorkerCount();
  if (count === 1) {
    server = await startAppServer({
      root,
      port: env.PORT,
      host: env.HOST,
      databaseUrl: database.url,
    });
  } else {
    workers = await startWorkers(count, { PORT: String(env.PORT), HOST: env.HOST });
  }

  console.log(
    `\nGalley is running at ${runtime.publicUrl}${count > 1 ? ` (${count} worker processes)` : ""}`,
  );
  if (runtime.hasDemoAccounts) {
    console.log(`Demo accounts (password "${DEMO_PASSWORD}"):`);
    for (const account of DEMO_ACCOUNTS)
      console.log(`  ${account.email.padEnd(26)} ${account.name} (${account.role.toLowerCase()})`);
  }
  if (runtime.setupUrl) console.log(setupLine(runtime.setupUrl));
  console.log("Press Ctrl-C to stop.");
}

let stopping = false;
async function shutdown(code: number) {
  if (stopping) return;
  stopping = true;
  await server?.close().catch(() => undefined);
  await workers?.stop().catch(() => undefined);
  await database?.close().catch(() => undefined);
  process.exit(code);
}

/** A worker (GALLEY_WORKERS > 1): the primary prepared everything and exported it. */
async function serveWorker() {
  const worker = await startAppServer({
    root,
    port: Number(process.env.PORT),
    host: process.env.HOST!,
    databaseUrl: process.env.DATABASE_URL!,
  });
  serveAsWorker(() => worker.close());
}

if (isWorker()) {
  serveWorker().catch((error: unknown) => {
    console.error("A Galley worker could not start:", error);
    process.exit(1);
  });
} else {
  process.on("SIGINT", () => void shutdown(0));
  process.on("SIGTERM", () => void shutdown(0));
  main().catch(onStartFailure);
}

async function onStartFailure(error: unknown) {
  if (error instanceof StartupError || error instanceof ConfigError) {
    console.error(`Galley could not start: ${error.message}`);
  } else {
    console.error("Galley could not start because of an unexpected error:", error);
  }
  await shutdown(1);
}

/** Said at every start: backups and clean-ups must know where the database lives. */
function relocated(postgresDir: string | undefined, dataDir: string): string {
  const inside = path.resolve(root, dataDir, "postgres");
  return postgresDir && postgresDir !== inside
    ? ` (the database in ${postgresDir}: the postgres user cannot enter ${dataDir})`
    : "";
}
