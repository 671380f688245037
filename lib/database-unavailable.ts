/**
 * Whether an error means PostgreSQL could not be reached (down, restarting, network
 * gone), as opposed to a bug or a refusal. Such requests answer 503 with Retry-After:
 * the editor keeps its changes on the device and sends them when the database is back.
 */
const CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "ENOTFOUND",
  "EAI_AGAIN",
  "P1001", // Prisma: can't reach the database server
  "P1002", // Prisma: the database server timed out
  "P1017", // Prisma: the server closed the connection
  "P2024", // Prisma: timed out fetching a connection from the pool
  "57P01", // admin_shutdown
  "57P02", // crash_shutdown
  "57P03", // cannot_connect_now (starting up / shutting down)
  "08000",
  "08001",
  "08003",
  "08004",
  "08006",
]);
const MESSAGES =
  /can't reach database|connection terminated|connection refused|ECONNREFUSED|the database system is (starting up|shutting down)|terminating connection due to administrator command|Connection closed|timeout exceeded when trying to connect/i;

export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (current && typeof current === "object" && !seen.has(current)) {
    seen.add(current);
    const { code, message, cause, kind } = current as {
      code?: unknown;
      message?: unknown;
      cause?: unknown;
      kind?: unknown;
    };
    if (typeof code === "string" && CODES.has(code)) return true;
    if (kind === "DatabaseNotReachable" || kind === "ConnectionClosed") return true;
    if (typeof message === "string" && MESSAGES.test(message)) return true;
    current = cause;
  }
  return false;
}

export const DATABASE_UNAVAILABLE_MESSAGE =
  "The newsroom's database is not answering right now. Nothing was lost: try again in a few seconds.";
