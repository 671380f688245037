/**
 * `npm start`: validate configuration, open the database (embedded unless DATABASE_URL
 * is set), apply migrations, seed the demo newsroom on a new embedded database, build
 * if the sources changed, and serve. Every failure a person can fix ends in one
 * sentence and a non-zero exit, never a bare stack trace.
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ConfigError, parseEnv } from "../lib/env";
import { startAppServer, type AppServer } from "../lib/runtime/app-server";
import { isBuildStale, runBuild } from "../lib/runtime/build";
import { openDatabase, type OpenDatabase } from "../lib/runtime/database";
import { migrateDatabase } from "../lib/runtime/migrate";
import { isPortFree } from "../lib/runtime/port";
import { resolveAuthSecret } from "../lib/runtime/secret";
import { StartupError } from "../lib/runtime/startup-error";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedOnStart } from "../prisma/seed/run";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
let database: OpenDatabase | undefined;
let server: AppServer | undefined;

async function main() {
  if (fs.existsSync(path.join(root, ".env"))) process.loadEnvFile(path.join(root, ".env"));
  const env = parseEnv();
  if (!(await isPortFree(env.PORT, env.HOST))) {
    throw new StartupError(`Port ${env.PORT} is already in use; set PORT to a free port (for example PORT=3001 npm start).`);
  }
  const dataDir = path.resolve(root, env.GALLEY_DATA_DIR);
  const secret = resolveAuthSecret({
    given: env.NEXTAUTH_SECRET,
    dataDir,
    isExternalDatabase: Boolean(env.DATABASE_URL),
  });

  database = await openDatabase(env, root);
  console.log(database.isEmbedded ? `Embedded PostgreSQL on port ${env.GALLEY_DB_PORT}, data in ${dataDir}` : "Using the PostgreSQL server in DATABASE_URL");
  await migrateDatabase(database.url);
  const seeded = await seedOnStart(database.url, { isEmbedded: database.isEmbedded, demo: env.GALLEY_DEMO });

  const publicUrl = env.GALLEY_PUBLIC_URL ?? `http://localhost:${env.PORT}`;
  Object.assign(process.env, {
    DATABASE_URL: database.url,
    NEXTAUTH_SECRET: secret,
    NEXTAUTH_URL: env.NEXTAUTH_URL ?? publicUrl,
    NEXT_TELEMETRY_DISABLED: "1",
  });
  if (isBuildStale(root)) {
    console.log("Building Galley (first start or changed sources)…");
    await runBuild(root);
  }
  (process.env as Record<string, string>).NODE_ENV = "production";
  server = await startAppServer({ root, port: env.PORT, host: env.HOST });

  console.log(`\nGalley is running at ${publicUrl}`);
  if (seeded.demoAccounts) {
    console.log(`Demo accounts (password "${DEMO_PASSWORD}"):`);
    for (const account of DEMO_ACCOUNTS) console.log(`  ${account.email.padEnd(22)} ${account.name} (${account.role.toLowerCase()})`);
  }
  console.log("Press Ctrl-C to stop.");
}

let stopping = false;
async function shutdown(code: number) {
  if (stopping) return;
  stopping = true;
  await server?.close().catch(() => undefined);
  await database?.close().catch(() => undefined);
  process.exit(code);
}

process.on("SIGINT", () => void shutdown(0));
process.on("SIGTERM", () => void shutdown(0));

main().catch(async (error: unknown) => {
  if (error instanceof StartupError || error instanceof ConfigError) {
    console.error(`Galley could not start: ${error.message}`);
  } else {
    console.error("Galley could not start because of an unexpected error:", error);
  }
  await shutdown(1);
});
