import http from "node:http";
import type { Duplex } from "node:stream";
import next from "next";
import { hasSecretAddress, previewHeaders } from "../security/headers";
import { isTrustProxy, ORIGIN_HEADER } from "../site-url";
import { DATABASE_UNAVAILABLE_MESSAGE, isDatabaseUnavailable } from "../database-unavailable";
import { loggablePath, log, requestContext, requestIdFor } from "../log";
import { screenActionCall } from "./action-reply";
import { createArticleGate } from "./article-gate";
import { createLiveEvents } from "./live-events";
import { createPageServer, originOf } from "./page-server";
import { forceHeaders } from "./private-response";
import { warmUp } from "./warm-up";

export type AppServer = { close(): Promise<void> };

/** Where the editor's co-editing socket connects (lib/server/collab). */
export const COLLAB_PATH = "/collab";
type CollabHook = {
  handleUpgrade(request: http.IncomingMessage, socket: Duplex, head: Buffer): void;
};

/** The handshake's Origin is this server's (as the browser addressed it) or the public one. */
export function isSameOriginUpgrade(
  request: http.IncomingMessage,
  publicUrl: string | undefined,
): boolean {
  const origin = request.headers.origin;
  if (!origin) return false;
  const allowed = new Set<string>([
    `http://${request.headers.host}`,
    `https://${request.headers.host}`,
  ]);
  if (publicUrl) allowed.add(new URL(publicUrl).origin);
  return allowed.has(origin);
}

/** Turns a 5xx into 503 with Retry-After: used while the database cannot be reached. */
function answerOutagesWith503(response: http.ServerResponse): void {
  const writeHead = response.writeHead.bind(response);
  response.writeHead = ((status: number, ...rest: never[]) => {
    if (status < 500) return writeHead(status, ...rest);
    response.setHeader("retry-after", "5");
    return writeHead(503, ...rest);
  }) as typeof response.writeHead;
}

function isDecodable(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

/**
 * The address sign-in throttling counts by: the socket's, or behind a trusted reverse
 * proxy (GALLEY_TRUST_PROXY=1) the last X-Forwarded-For hop, which the proxy sets.
 */
export function clientAddress(request: http.IncomingMessage, trustProxy: boolean): string {
  const socket = request.socket.remoteAddress ?? "unknown";
  if (!trustProxy) return socket;
  const forwarded = request.headers["x-forwarded-for"];
  const last = (Array.isArray(forwarded) ? forwarded.join(",") : (forwarded ?? ""))
    .split(",")
    .map((hop) => hop.trim())
    .filter(Boolean)
    .at(-1);
  return last ?? socket;
}

/**
 * Serves the built Next.js app from our own Node server, so that start-up, shutdown
 * (drain, then stop the database) and later a front cache stay under our control.
 */
export async function startAppServer(options: {
  root: string;
  port: number;
  host: string;
  databaseUrl: string;
}): Promise<AppServer> {
  const app = next({ dev: false, dir: options.root, hostname: options.host, port: options.port });
  const handle = app.getRequestHandler();
  await app.prepare();
  const gate = createArticleGate(options.databaseUrl);
  const live = createLiveEvents();
  const pages = createPageServer({
    databaseUrl: options.databaseUrl,
    onInvalidate: live.notify,
    onReset: live.notifyAll,
  });
  const trustProxy = isTrustProxy(process.env.GALLEY_TRUST_PROXY);

  async function serve(request: http.IncomingMessage, response: http.ServerResponse) {
    if (live.handle(request, response)) return;
    request.headers["x-galley-client-ip"] = clientAddress(request, trustProxy);
    // Absolute links name the address the reader used (a render from the page cache
    // brings the origin of the request it renders for).
    if (!pages.isRenderRequest(request)) request.headers[ORIGIN_HEADER] = originOf(request);
    const url = new URL(request.url ?? "/", "http://galley.invalid");
    // Shared previews and /setup, found or not: never indexed, never in a shared cache,
    // never a Referer.
    if (hasSecretAddress(url.pathname)) forceHeaders(response, previewHeaders());
    // Published pages from memory (no database, no Next) until the workflow invalidates them.
    const cacheable = pages.isRenderRequest(request) ? null : pages.keyFor(request, url);
    if (cacheable && pages.serveHit(request, response, cacheable.key)) return;
    // A broken %-escape names nothing; Next would fail decoding it into route parameters.
    if (!isDecodable(url.pathname)) {
      if (request.method === "GET" || request.method === "HEAD") {
        response.statusCode = 404;
        return app.render404(request, response);
      }
      response.writeHead(400, { "content-type": "text/plain; charset=utf-8" });
      return response.end("That address is not valid: it has a broken %-escape.\n");
    }
    if (request.method === "GET" || request.method === "HEAD") {
      const verdict = await gate.check(url.pathname);
      if (verdict === "missing") {
        response.statusCode = 404;
        return app.render404(request, response);
      }
      if (verdict === "gone") {
        // Next renders /gone with 200; the status is ours to set, whatever it writes.
        const writeHead = response.writeHead.bind(response);
        response.writeHead = ((_status: number, ...rest: never[]) =>
          writeHead(410, ...rest)) as typeof response.writeHead;
        response.statusCode = 410;
        response.setHeader("cache-control", "public, max-age=60");
        return app.render(request, response, "/gone", {});
      }
      if (typeof verdict === "object") {
        response.writeHead(301, {
          location: `${verdict.redirect}${url.search}`,
          "cache-control": "public, max-age=3600",
        });
        return response.end();
      }
    }
    if (cacheable) return pages.serveMiss(request, response, cacheable.key, cacheable.target);
    if (request.method === "POST" && request.headers["next-action"]) {
      const screened = await screenActionCall(request, response);
      return screened ? handle(screened, response) : undefined;
    }
    return handle(request, response);
  }

  // Cache hits come by the tens of thousands a second: answered before anything else is
  // built for a request (id, async context, URL, log entry); they are not logged.
  const logHits = log.isLevelEnabled("debug");
  const onRequest = (request: http.IncomingMessage, response: http.ServerResponse) => {
    if (!logHits && pages.serveSimpleHit(request, response)) return;
    // Every other request has an id: in the response, on every log line written for it, and
    // (from a trusted proxy) the one the proxy already gave it.
    const requestId = requestIdFor(trustProxy ? request.headers["x-request-id"] : undefined);
    request.headers["x-request-id"] = requestId;
    response.setHeader("x-request-id", requestId);
    const started = performance.now();
    response.once("finish", () => {
      const entry = {
        method: request.method,
        path: loggablePath(request.url?.split("?")[0] ?? "/"),
        status: response.statusCode,
        ms: Math.round((performance.now() - started) * 10) / 10,
      };
      // Hits from the full path (a query string) are logged only at debug level too.
      if (response.getHeader("x-galley-cache") === "hit") log.debug(entry, "request");
      else requestContext.run({ requestId }, () => log.info(entry, "request"));
    });
    // While PostgreSQL is away, whatever fails for want of it is a 503 with Retry-After
    // (cached reader pages are still answered from memory).
    if (!pages.databaseReachable()) answerOutagesWith503(response);
    if (logHits && pages.serveSimpleHit(request, response)) return;
    requestContext.run({ requestId }, () =>
      serve(request, response).catch((error: unknown) => {
        log.error({ err: error }, "request failed");
        if (response.headersSent) return response.end();
        if (isDatabaseUnavailable(error)) {
          response.writeHead(503, {
            "content-type": "text/plain; charset=utf-8",
            "retry-after": "5",
          });
          return response.end(DATABASE_UNAVAILABLE_MESSAGE);
        }
        response.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
        response.end("Internal error");
      }),
    );
  };
  const server = http.createServer(onRequest);
  // This process's own port, on loopback only, for the page cache's render requests: with
  // several workers the shared port could hand a render to another worker.
  const renderServer = http.createServer(onRequest);
  await new Promise<void>((resolve, reject) => {
    renderServer.once("error", reject);
    renderServer.listen({ port: 0, host: "127.0.0.1", exclusive: true }, resolve);
  });
  const { port: renderPort } = renderServer.address() as import("node:net").AddressInfo;
  pages.setRenderOrigin(`http://127.0.0.1:${renderPort}`);
  // WebSockets: /collab is co-editing (started inside Next by instrumentation.ts, so it
  // shares the use-cases and database client); any other upgrade is Next's own.
  const upgradeNext = app.getUpgradeHandler();
  server.on("upgrade", (request: http.IncomingMessage, socket: Duplex, head: Buffer) => {
    const url = new URL(request.url ?? "/", "http://galley.invalid");
    if (url.pathname !== COLLAB_PATH) return void upgradeNext(request, socket, head);
    const collab = (globalThis as { galleyCollab?: CollabHook }).galleyCollab;
    // A page on another site must not open a socket with the newsroom's cookie.
    if (!collab || !isSameOriginUpgrade(request, process.env.GALLEY_PUBLIC_URL)) {
      socket.end(`HTTP/1.1 ${collab ? 403 : 503} ${collab ? "Forbidden" : "Unavailable"}\r\n\r\n`);
      return;
    }
    collab.handleUpgrade(request, socket, head);
  });
  // Before the shared port: a worker's first requests must not wait for Next's lazy loads.
  await warmUp(`http://127.0.0.1:${renderPort}`);
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, resolve);
  });
  const stopJobs = () =>
    (globalThis as { galleyStopJobs?: () => Promise<void> })
      .galleyStopJobs?.()
      .catch(() => undefined);
  return {
    async close() {
      void gate.close();
      void pages.close();
      live.close();
      // Stop taking jobs (a publish already running finishes its transaction) while
      // requests in flight finish; idle keep-alive sockets are not waited for.
      const drained = new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
        setTimeout(() => {
          server.closeAllConnections();
          resolve();
        }, 10_000).unref();
      });
      await Promise.all([drained, stopJobs()]);
      // Renders for the requests that drained went through it: it closes after them.
      renderServer.close();
      renderServer.closeAllConnections();
      // Only now that no request or job uses it: close the app's database pool.
      await (globalThis as { galleyClosePool?: () => Promise<void> })
        .galleyClosePool?.()
        .catch(() => undefined);
    },
  };
}
