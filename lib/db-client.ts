import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/prisma/client";

/**
 * A PrismaClient over node-postgres. The app uses the one in lib/db; scripts and tests make
 * their own. `connectionTimeoutMillis` bounds a connection attempt (replicas: lib/replicas).
 */
export function createDbClient(
  connectionString: string,
  options: { connectionTimeoutMillis?: number } = {},
): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, ...options }) });
}

export type { PrismaClient };
