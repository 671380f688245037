import http from "node:http";

export type Reply = { status: number; body: string };

/**
 * Requests on one keep-alive connection. With several workers the kernel hands each
 * connection to one of them, so every request here reaches the same worker: the one that
 * made a change is the one asked for the page next.
 */
export function oneConnection() {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const send = (
    url: string,
    init: { method?: string; headers?: Record<string, string>; body?: string } = {},
  ) =>
    new Promise<Reply>((resolve, reject) => {
      const request = http.request(
        url,
        { agent, method: init.method ?? "GET", headers: init.headers },
        (response) => {
          let body = "";
          response.setEncoding("utf8");
          response.on("data", (chunk: string) => (body += chunk));
          response.on("end", () => resolve({ status: response.statusCode ?? 0, body }));
          response.on("error", reject);
        },
      );
      request.setTimeout(10_000, () => request.destroy(new Error("no answer in 10 s")));
      request.on("error", reject);
      request.end(init.body);
    });
  return { send, close: () => agent.destroy() };
}
