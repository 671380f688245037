import "server-only";
import { db } from "./db";
import type { PrismaClient } from "./db-client";
import { log } from "./log";
import { createReplicaRouter, type ReplicaRouter, type ReplicaStatus } from "./replicas/router";

/**
 * The client for reader reads (listings, article pages on a cache miss, search, feeds,
 * sitemaps, the content API): DATABASE_REPLICA_URLS's replicas when they have caught up,
 * else the primary. Without replicas it is lib/db itself. The newsroom and every write use
 * lib/db: a replica serves only what invalidations keep fresh (lib/replicas/freshness.ts).
 */
const globalForReplicas = globalThis as unknown as { galleyReplicas?: ReplicaRouter | null };

function router(): ReplicaRouter | null {
  if (globalForReplicas.galleyReplicas !== undefined) return globalForReplicas.galleyReplicas;
  const urls = (process.env.DATABASE_REPLICA_URLS ?? "")
    .split(",")
    .map((url) => url.trim())
    .filter(Boolean);
  globalForReplicas.galleyReplicas = urls.length
    ? createReplicaRouter(db, urls, {
        onProblem: (replica, problem) => log.warn({ replica }, `replica ${replica} ${problem}`),
      })
    : null;
  return globalForReplicas.galleyReplicas;
}

export const readerDb = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const client = router()?.reader ?? db;
    return Reflect.get(client, property) as unknown;
  },
});

/** Each replica's state, for the readiness check (empty without replicas). */
export function replicaStatus(): ReplicaStatus[] {
  return router()?.status() ?? [];
}

/** Closes the replicas' pools (on shutdown, before the database may go away). */
export async function closeReplicas(): Promise<void> {
  await globalForReplicas.galleyReplicas?.close();
}
