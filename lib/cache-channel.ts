import pg from "pg";
import { forgetLsn, heardLsn } from "./replicas/freshness";

/**
 * The PostgreSQL channel reader-cache invalidations travel on, shared by every app
 * instance on one database: the use-cases' data cache (lib/server/cache) and the front
 * server's page cache (lib/runtime/page-cache.ts) both listen.
 */
export const CACHE_CHANNEL = "galley_cache";

/** `lsn`: the primary's WAL position after the change (replicas must replay that far). */
export type InvalidationMessage = { from: string; tags: string[]; lsn?: string };

export type Listener = {
  stop(): Promise<void>;
  /** Whether the listening connection is up: false while PostgreSQL cannot be reached. */
  isConnected(): boolean;
};

/**
 * LISTENs on the channel with its own connection, re-made a second after it drops. A
 * listener that was disconnected may have missed messages: `onReset` runs on reconnect.
 */
export function listenForInvalidations(
  connectionString: string,
  handlers: { onMessage(message: InvalidationMessage): void; onReset(): void },
): Listener {
  return listenOnChannel(connectionString, CACHE_CHANNEL, {
    onPayload(payload) {
      try {
        const parsed = JSON.parse(payload) as InvalidationMessage;
        // Raised before anything is dropped, so no refill reads a replica short of it.
        if (parsed.lsn) heardLsn(parsed.lsn);
        if (Array.isArray(parsed.tags)) handlers.onMessage(parsed);
      } catch {
        forgetLsn();
        handlers.onReset(); // unreadable: drop everything rather than serve stale pages
      }
    },
    onReset() {
      forgetLsn();
      handlers.onReset();
    },
  });
}

/**
 * LISTENs on `channel` with a connection of its own, re-made a second after it drops;
 * `onReset` runs on reconnect, since messages sent meanwhile were missed.
 */
export function listenOnChannel(
  connectionString: string,
  channel: string,
  handlers: { onPayload(payload: string): void; onReset(): void },
): Listener {
  let client: pg.Client | null = null;
  let stopped = false;
  let retry: NodeJS.Timeout | undefined;

  const connect = async (isReconnect: boolean) => {
    const next = new pg.Client({ connectionString });
    next.on("error", () => undefined); // "end" follows; reconnect there
    next.on("end", () => {
      if (client === next) client = null;
      if (!stopped) retry = setTimeout(() => void connect(true), 1_000);
    });
    next.on("notification", (message) => {
      if (message.channel === channel && message.payload) handlers.onPayload(message.payload);
    });
    try {
      await next.connect();
      await next.query(`listen ${channel}`);
      client = next;
      if (isReconnect) handlers.onReset();
    } catch {
      await next.end().catch(() => undefined);
      // A refused connection may end without an "end" event: keep trying.
      if (!stopped && client === null) {
        clearTimeout(retry);
        retry = setTimeout(() => void connect(true), 1_000);
      }
    }
  };
  void connect(false);
  return {
    async stop() {
      stopped = true;
      clearTimeout(retry);
      await client?.end().catch(() => undefined);
    },
    isConnected: () => client !== null,
  };
}
