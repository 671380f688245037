import type http from "node:http";

/**
 * Forces `headers` onto a response whatever Next sets while rendering: Next rewrites
 * Cache-Control on every page it renders (vercel/next.js#22319), and a shared preview must
 * say `private, no-store`. Applied at the moment the head is written, so the values set
 * here win over earlier setHeader calls and over headers passed to writeHead.
 */
export function forceHeaders(response: http.ServerResponse, headers: Record<string, string>) {
  const writeHead = response.writeHead.bind(response) as (...args: unknown[]) => unknown;
  const names = new Set(Object.keys(headers).map((name) => name.toLowerCase()));
  response.writeHead = ((...args: unknown[]) => {
    const last = args.at(-1);
    if (last && typeof last === "object" && !Array.isArray(last)) {
      const kept = Object.entries(last).filter(([name]) => !names.has(name.toLowerCase()));
      args[args.length - 1] = Object.fromEntries(kept);
    }
    for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
    return writeHead(...args);
  }) as typeof response.writeHead;
}
