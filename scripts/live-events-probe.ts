/**
 * For bench:live: the front server's event streams alone (lib/runtime/live-events.ts) in
 * a process of their own, started with --expose-gc, so what each open stream costs can be
 * read after a full collection (the app's RSS moves by more than that on its own).
 * Prints its port; GET /memory collects garbage and answers the heap and RSS in bytes.
 */
import http from "node:http";
import { createLiveEvents } from "../lib/runtime/live-events";

const live = createLiveEvents();
const server = http.createServer((request, response) => {
  if (live.handle(request, response)) return;
  (globalThis as { gc?: () => void }).gc?.();
  const memory = process.memoryUsage();
  response.writeHead(200, { "content-type": "application/json" });
  response.end(
    JSON.stringify({
      heap: memory.heapUsed + memory.external + memory.arrayBuffers,
      rss: memory.rss,
      connections: live.connections,
    }),
  );
});
server.listen(0, "127.0.0.1", () => {
  const address = server.address();
  if (address && typeof address === "object") console.log(address.port);
});
