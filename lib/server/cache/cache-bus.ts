import "server-only";
import crypto from "node:crypto";
import { CACHE_CHANNEL, listenForInvalidations, type Listener } from "@/lib/cache-channel";
import { isDatabaseUnavailable } from "@/lib/database-unavailable";
import { db } from "@/lib/db";

/**
 * Cache invalidation shared between app instances on one database: each invalidation is
 * sent with PostgreSQL NOTIFY, and every instance LISTENs and drops the same tags. A
 * listener that lost its connection may have missed some, so on reconnecting it drops
 * everything.
 */
// One id per process (on globalThis: Next loads this module once per bundle).
const INSTANCE = ((globalThis as { galleyInstanceId?: string }).galleyInstanceId ??=
  crypto.randomUUID());
// NOTIFY payloads must stay under 8,000 bytes.
const MAX_PAYLOAD = 7_000;

/**
 * Tells the other instances to drop `tags`. Each message carries the primary's WAL
 * position, taken after the change committed: replicas serve their readers only once they
 * have replayed that far (lib/replicas/freshness.ts). Returns the latest position sent.
 */
export async function announceInvalidation(tags: readonly string[]): Promise<string | null> {
  let batch: string[] = [];
  let lsn: string | null = null;
  const send = async () => {
    if (batch.length === 0) return;
    const list = JSON.stringify(batch);
    batch = [];
    try {
      const [row] = await db.$queryRaw<Array<{ lsn: string }>>`
        with position as (select pg_current_wal_insert_lsn()::text as lsn)
        select lsn, pg_notify(${CACHE_CHANNEL},
          json_build_object('from', ${INSTANCE}::text, 'tags', ${list}::json, 'lsn', lsn)::text)
        from position`;
      lsn = row?.lsn ?? lsn;
    } catch (error) {
      if (isDatabaseUnavailable(error)) throw error;
      // A server that keeps its WAL position to itself (some managed services): the tags
      // still travel, and replicas are not read (lib/replicas cannot tell how fresh they are).
      const payload = JSON.stringify({ from: INSTANCE, tags: JSON.parse(list) as string[] });
      await db.$executeRaw`select pg_notify(${CACHE_CHANNEL}, ${payload})`;
    }
  };
  for (const tag of tags) {
    if (JSON.stringify(batch).length + tag.length > MAX_PAYLOAD) await send();
    batch.push(tag);
  }
  await send();
  return lsn;
}

export type CacheBus = Listener;

/** Other instances' invalidations reach this process's data cache. */
export function startCacheBus(
  connectionString: string,
  handlers: { invalidate(tags: string[]): void; clear(): void },
): CacheBus {
  return listenForInvalidations(connectionString, {
    onMessage: ({ from, tags }) => {
      if (from !== INSTANCE) handlers.invalidate(tags);
    },
    onReset: handlers.clear,
  });
}
