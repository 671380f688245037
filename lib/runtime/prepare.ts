import path from "node:path";
import type { Env } from "../env";
import { openDatabase, type OpenDatabase } from "./database";
import { prepareFirstRun } from "./first-run";
import { migrateDatabase } from "./migrate";
import { isPortFree } from "./port";
import { resolveAuthSecret } from "./secret";
import { StartupError } from "./startup-error";
import { seedOnStart } from "../../prisma/seed/run";

export type PreparedRuntime = {
  database: OpenDatabase;
  publicUrl: string;
  hasDemoAccounts: boolean;
  /** The one-time address that creates the first admin, while there is none. */
  setupUrl: string | null;
};

/**
 * Everything `npm start` and `npm run dev` do before serving: check the web port and the
 * secret, open the database (embedded unless DATABASE_URL), migrate, seed the demo on a new
 * embedded database, open the first-admin setup when there is no admin, and export what
 * the app reads from process.env.
 */
export async function prepareRuntime(
  env: Env,
  root: string,
  hooks: { onDatabaseOpen?: () => void } = {},
): Promise<PreparedRuntime> {
  if (!(await isPortFree(env.PORT, env.HOST))) {
    throw new StartupError(
      `Port ${env.PORT} is already in use; set PORT to a free port (for example PORT=3001 npm start).`,
    );
  }
  const secretOptions = {
    given: env.NEXTAUTH_SECRET,
    dataDir: path.resolve(root, env.GALLEY_DATA_DIR),
    isExternalDatabase: Boolean(env.DATABASE_URL),
  };
  // Fail fast on a missing or short secret before touching any database; the embedded
  // demo's generated secret is written only once its database is up.
  if (secretOptions.isExternalDatabase || secretOptions.given !== undefined)
    resolveAuthSecret(secretOptions);

  const database = await openDatabase(env, root);
  // Configuration and database are good: slow work that needs neither may start now.
  hooks.onDatabaseOpen?.();
  try {
    const secret = resolveAuthSecret(secretOptions);
    await migrateDatabase(database.url);
    const seeded = await seedOnStart(database.url, {
      isEmbedded: database.isEmbedded,
      demo: env.GALLEY_DEMO,
    });
    const publicUrl = env.GALLEY_PUBLIC_URL ?? `http://localhost:${env.PORT}`;
    const dataDir = path.resolve(root, env.GALLEY_DATA_DIR);
    const { setupUrl } = await prepareFirstRun({ databaseUrl: database.url, dataDir, publicUrl });
    Object.assign(process.env, {
      DATABASE_URL: database.url,
      // Absolute, so the app finds the setup token and media whatever its working folder.
      GALLEY_DATA_DIR: dataDir,
      NEXTAUTH_SECRET: secret,
      NEXTAUTH_URL: env.NEXTAUTH_URL ?? publicUrl,
      GALLEY_TIME_ZONE: env.GALLEY_TIME_ZONE,
      NEXT_TELEMETRY_DISABLED: "1",
    });
    return { database, publicUrl, hasDemoAccounts: seeded.demoAccounts, setupUrl };
  } catch (error) {
    await database.close();
    throw error;
  }
}

/** The line `npm start` prints while there is no admin: the one address that makes one. */
export function setupLine(setupUrl: string): string {
  return `No admin account yet: open ${setupUrl} to create the first one (the link works once).`;
}
