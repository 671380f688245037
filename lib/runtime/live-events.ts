import type http from "node:http";

/** Where a live coverage page's script listens: /live-events/<article id>. */
export const LIVE_EVENTS_PREFIX = "/live-events/";
const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** Readers one process keeps connected; past it, new ones are told to come back later. */
const MAX_CONNECTIONS = 20_000;
/** A comment line this often keeps proxies from closing a quiet stream. */
const HEARTBEAT_MS = 25_000;

/**
 * Server-Sent Events for live coverage, served by the front server: a reader's page
 * subscribes to its article, and when an invalidation for that article's page arrives
 * over PostgreSQL LISTEN (the same message that drops the cached page, on every
 * instance), each subscriber gets one "update" event and fetches the page again, from
 * the page cache. Nothing here reads the database: a connection costs a socket and a
 * set entry, and a publish costs one write per connected reader.
 */
export function createLiveEvents() {
  const subscribers = new Map<string, Set<http.ServerResponse>>();
  let count = 0;
  const heartbeat = setInterval(() => {
    for (const set of subscribers.values()) for (const response of set) response.write(":\n\n");
  }, HEARTBEAT_MS);
  heartbeat.unref();

  const send = (set: Iterable<http.ServerResponse>) => {
    for (const response of set) response.write("event: update\ndata: {}\n\n");
  };

  return {
    /** Answers /live-events/<id> (true), or leaves the request to the rest (false). */
    handle(request: http.IncomingMessage, response: http.ServerResponse): boolean {
      const url = request.url;
      if (!url || !url.startsWith(LIVE_EVENTS_PREFIX)) return false;
      const id = url.slice(LIVE_EVENTS_PREFIX.length).split("?")[0]!.toLowerCase();
      if (request.method !== "GET" || !ID.test(id)) {
        response.writeHead(404, { "content-type": "text/plain; charset=utf-8" });
        response.end("There is no such live coverage.\n");
        return true;
      }
      if (count >= MAX_CONNECTIONS) {
        response.writeHead(503, { "retry-after": "30", "content-type": "text/plain" });
        response.end("Too many readers are connected just now.\n");
        return true;
      }
      response.writeHead(200, {
        "content-type": "text/event-stream; charset=utf-8",
        "cache-control": "no-store",
        // nginx would otherwise buffer the stream (deploy/nginx.conf).
        "x-accel-buffering": "no",
      });
      // The page reconnects after this long when the stream drops (a restart, a proxy).
      response.write("retry: 3000\n\n");
      let set = subscribers.get(id);
      if (!set) subscribers.set(id, (set = new Set()));
      set.add(response);
      count += 1;
      request.socket.setKeepAlive(true);
      request.socket.setTimeout(0);
      response.once("close", () => {
        count -= 1;
        set.delete(response);
        if (set.size === 0 && subscribers.get(id) === set) subscribers.delete(id);
      });
      return true;
    },
    /** An invalidation arrived: the subscribers of every `article:<id>` tag in it hear of it. */
    notify(tags: readonly string[]): void {
      for (const tag of tags) {
        if (!tag.startsWith("article:")) continue;
        const set = subscribers.get(tag.slice("article:".length));
        if (set) send(set);
      }
    },
    /** Invalidations may have been missed (the listener reconnected): everyone checks. */
    notifyAll(): void {
      for (const set of subscribers.values()) send(set);
    },
    get connections() {
      return count;
    },
    /** Ends every stream, so a shutdown does not wait for readers to leave. */
    close(): void {
      clearInterval(heartbeat);
      for (const set of subscribers.values()) for (const response of set) response.end();
      subscribers.clear();
    },
  };
}

export type LiveEvents = ReturnType<typeof createLiveEvents>;
