import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { parseEnv } from "../../env";

/**
 * The address of the embedded PostgreSQL when a running Galley already serves it, else
 * null. The database chores start the embedded server themselves and, finding it held by
 * another process, stop it first (a server left by a killed run): right for db:migrate,
 * wrong for a nightly backup, which would take the running newsroom's database away. So
 * db:backup uses the running server as it is (and db:restore, connecting to it, sees
 * Galley there and asks to stop it first).
 *
 * Only our own server answers: it must take the password in this data folder. Anything
 * unexpected (no password yet, a bad .env) is left to the usual path to report.
 */
export async function findRunningEmbedded(root: string): Promise<string | null> {
  try {
    if (fs.existsSync(path.join(root, ".env"))) process.loadEnvFile(path.join(root, ".env"));
    const env = parseEnv();
    if (env.DATABASE_URL) return null;
    const file = path.join(path.resolve(root, env.GALLEY_DATA_DIR), "postgres-password");
    if (!fs.existsSync(file)) return null;
    const password = fs.readFileSync(file, "utf8").trim();
    const url = `postgresql://galley:${encodeURIComponent(password)}@127.0.0.1:${env.GALLEY_DB_PORT}/galley`;
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
    client.on("error", () => undefined);
    await client.connect();
    await client.end();
    return url;
  } catch {
    return null;
  }
}
