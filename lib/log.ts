import { AsyncLocalStorage } from "node:async_hooks";
import pino from "pino";

/**
 * Galley's structured log: JSON lines (pino) on stdout, each carrying the request id of
 * the request it belongs to. Passwords, tokens, cookies and session ids are never
 * written: known fields are redacted, and paths with secrets in them are masked.
 */
type RequestContext = { requestId: string };

// One store for the whole process: the front server and Next's bundles load this module
// separately, and all must see the same request.
const shared = globalThis as { galleyRequestContext?: AsyncLocalStorage<RequestContext> };
export const requestContext = (shared.galleyRequestContext ??=
  new AsyncLocalStorage<RequestContext>());

export function createLogger(destination?: pino.DestinationStream) {
  const options: pino.LoggerOptions = {
    level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === "test" ? "silent" : "info"),
    base: undefined,
    timestamp: pino.stdTimeFunctions.isoTime,
    messageKey: "msg",
    redact: {
      paths: [
        "password",
        "*.password",
        "token",
        "*.token",
        "cookie",
        "*.cookie",
        "authorization",
        "*.authorization",
        "headers.cookie",
        "headers.authorization",
        "sessionToken",
        "*.sessionToken",
      ],
      censor: "[redacted]",
    },
    mixin() {
      const context = requestContext.getStore();
      return context ? { requestId: context.requestId } : {};
    },
  };
  return destination ? pino(options, destination) : pino(options);
}

export const log = createLogger();

/** A path as logs may show it: the secret segment of reset and preview links masked. */
export function loggablePath(pathname: string): string {
  return pathname.replace(/^\/(reset-password|preview)\/[^/]+/, "/$1/[redacted]");
}

const INCOMING_ID = /^[A-Za-z0-9._-]{8,64}$/;

/** The id for a request: the one a trusted front (nginx, a CDN) sent, else a new one. */
export function requestIdFor(incoming: string | string[] | undefined): string {
  return typeof incoming === "string" && INCOMING_ID.test(incoming)
    ? incoming
    : crypto.randomUUID();
}
