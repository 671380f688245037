import "server-only";
import { createDbClient, type PrismaClient } from "./db-client";

/**
 * The app's single PrismaClient. `scripts/start.ts` sets DATABASE_URL before the app
 * loads (to the embedded PostgreSQL when none is configured). Created on first use, so
 * that `next build` can import modules that use it without a database.
 */
const globalForDb = globalThis as unknown as { galleyDb?: PrismaClient };

function getDb(): PrismaClient {
  if (globalForDb.galleyDb) return globalForDb.galleyDb;
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: start Galley with `npm start`.");
  globalForDb.galleyDb = createDbClient(url);
  return globalForDb.galleyDb;
}

export const db = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const client = getDb();
    const value: unknown = Reflect.get(client, property);
    return typeof value === "function"
      ? (value as (...args: unknown[]) => unknown).bind(client)
      : value;
  },
});
