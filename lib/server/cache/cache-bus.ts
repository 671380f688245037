import "server-only";
import crypto from "node:crypto";
import pg from "pg";
import { db } from "@/lib/db";

/**
 * Cache invalidation shared between app instances on one database: each invalidation is
 * sent with PostgreSQL NOTIFY, and every instance LISTENs and drops the same tags. A
 * listener that lost its connection may have missed some, so on reconnecting it drops
 * everything.
 */
const CHANNEL = "galley_cache";
// One id per process (on globalThis: Next loads this module once per bundle).
const INSTANCE = ((globalThis as { galleyInstanceId?: string }).galleyInstanceId ??=
  crypto.randomUUID());
// NOTIFY payloads must stay under 8,000 bytes.
const MAX_PAYLOAD = 7_000;

export async function announceInvalidation(tags: readonly string[]): Promise<void> {
  let batch: string[] = [];
  const send = async () => {
    if (batch.length === 0) return;
    const payload = JSON.stringify({ from: INSTANCE, tags: batch });
    batch = [];
    await db.$executeRaw`select pg_notify(${CHANNEL}, ${payload})`;
  };
  for (const tag of tags) {
    if (JSON.stringify(batch).length + tag.length > MAX_PAYLOAD) await send();
    batch.push(tag);
  }
  await send();
}

export type CacheBus = { stop(): Promise<void> };

export function startCacheBus(
  connectionString: string,
  handlers: { invalidate(tags: string[]): void; clear(): void },
): CacheBus {
  let client: pg.Client | null = null;
  let stopped = false;
  let retry: NodeJS.Timeout | undefined;

  const connect = async (isReconnect: boolean) => {
    const next = new pg.Client({ connectionString });
    next.on("error", () => undefined); // "end" follows; reconnect there
    next.on("end", () => {
      if (!stopped) retry = setTimeout(() => void connect(true), 1_000);
    });
    next.on("notification", (message) => {
      if (message.channel !== CHANNEL || !message.payload) return;
      try {
        const { from, tags } = JSON.parse(message.payload) as { from: string; tags: string[] };
        if (from !== INSTANCE && Array.isArray(tags)) handlers.invalidate(tags);
      } catch {
        handlers.clear(); // unreadable: be safe
      }
    });
    try {
      await next.connect();
      await next.query(`listen ${CHANNEL}`);
      client = next;
      if (isReconnect) handlers.clear();
    } catch {
      await next.end().catch(() => undefined);
    }
  };
  void connect(false);
  return {
    async stop() {
      stopped = true;
      clearTimeout(retry);
      await client?.end().catch(() => undefined);
    },
  };
}
