import path from "node:path";
import type { Env } from "../env";
import { checkDatabase } from "./check-database";
import { startEmbeddedPostgres } from "./embedded-postgres";

export type OpenDatabase = {
  url: string;
  isEmbedded: boolean;
  /** The embedded PostgreSQL's data folder (outside the data dir when the postgres user cannot enter it). */
  postgresDir?: string;
  close(): Promise<void>;
};

/**
 * The database Galley runs on: DATABASE_URL's server when set, else the embedded
 * PostgreSQL in the data folder. Either way it is reachable when this returns.
 */
export async function openDatabase(
  env: Env,
  root: string,
  options: { reuseRunning?: boolean } = {},
): Promise<OpenDatabase> {
  if (env.DATABASE_URL) {
    await checkDatabase(env.DATABASE_URL);
    return { url: env.DATABASE_URL, isEmbedded: false, close: async () => undefined };
  }
  const embedded = await startEmbeddedPostgres({
    dir: path.resolve(root, env.GALLEY_DATA_DIR),
    port: env.GALLEY_DB_PORT,
    reuseRunning: options.reuseRunning,
  });
  return {
    url: embedded.url,
    isEmbedded: true,
    postgresDir: embedded.dataDir,
    close: () => embedded.stop(),
  };
}
