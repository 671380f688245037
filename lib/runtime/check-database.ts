import pg from "pg";
import { StartupError } from "./startup-error";

/** Describes a DATABASE_URL without its password, for messages. */
export function describeDatabase(url: string): string {
  const parsed = new URL(url);
  return `${parsed.hostname}:${parsed.port || "5432"}${parsed.pathname}`;
}

type PgError = Error & { code?: string };

function explain(error: PgError, where: string): string {
  switch (error.code) {
    case "ECONNREFUSED":
      return `Cannot reach PostgreSQL at ${where}: the connection was refused. Check DATABASE_URL and that the server is running.`;
    case "ENOTFOUND":
    case "EAI_AGAIN":
      return `Cannot reach PostgreSQL at ${where}: the host name is unknown. Check the host in DATABASE_URL.`;
    case "ETIMEDOUT":
    case "TIMEOUT":
      return `Cannot reach PostgreSQL at ${where}: it did not answer within 5 seconds. Check DATABASE_URL and the network.`;
    case "28P01":
    case "28000":
      return `PostgreSQL at ${where} refused the user name or password in DATABASE_URL.`;
    case "3D000":
      return `The database in DATABASE_URL (${where}) does not exist; create it (for example with createdb) or fix the URL.`;
    default:
      return `Cannot use PostgreSQL at ${where}: ${error.message}. Check DATABASE_URL.`;
  }
}

/** Connects once and runs `select 1`, turning every failure into one sentence. */
export async function checkDatabase(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  client.on("error", () => undefined);
  try {
    await client.connect();
    await client.query("select 1");
  } catch (error) {
    const pgError = error as PgError;
    if (!pgError.code && /timeout/i.test(pgError.message)) pgError.code = "TIMEOUT";
    throw new StartupError(explain(pgError, describeDatabase(url)));
  } finally {
    await client.end().catch(() => undefined);
  }
}
