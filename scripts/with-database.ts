import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ConfigError, parseEnv, type Env } from "../lib/env";
import { openDatabase, type OpenDatabase } from "../lib/runtime/database";
import { AppError } from "../lib/errors";
import { StartupError } from "../lib/runtime/startup-error";

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/**
 * Runs a database chore (migrate, seed, reset) against the same database `npm start`
 * uses: DATABASE_URL's, else the embedded one (started for the chore, then stopped).
 */
export async function withDatabase(
  task: (database: OpenDatabase, env: Env) => Promise<string>,
): Promise<void> {
  let database: OpenDatabase | undefined;
  try {
    if (fs.existsSync(path.join(root, ".env"))) process.loadEnvFile(path.join(root, ".env"));
    const env = parseEnv();
    // A running Galley's embedded server is used as it is, never stopped under it.
    database = await openDatabase(env, root, { reuseRunning: true });
    console.log(await task(database, env));
  } catch (error) {
    const known =
      error instanceof StartupError || error instanceof ConfigError || error instanceof AppError;
    console.error(known ? `Galley: ${(error as Error).message}` : error);
    process.exitCode = 1;
  } finally {
    await database?.close();
  }
}
