/**
 * Next loads and compiles a route's code on its first request, in each process: the
 * first saves a new worker took under load waited 300–1,000 ms for it (the reliability
 * load case's autosave p99 went past a second). Before a worker takes traffic on the
 * shared port it asks its own private port for the routes every newsroom and reader hits
 * first; refusals (no session) load the code all the same. Failures are ignored: a
 * route that is still cold is only slow once.
 */
const ROUTES: ReadonlyArray<{ method: string; path: string }> = [
  { method: "GET", path: "/" },
  { method: "GET", path: "/login" },
  { method: "GET", path: "/newsroom" },
  // The autosave and the content API (answers 401 without a session).
  { method: "PUT", path: "/api/v1/articles/warm-up" },
  { method: "GET", path: "/api/health/ready" },
];

export async function warmUp(origin: string): Promise<void> {
  for (const { method, path } of ROUTES) {
    await fetch(`${origin}${path}`, {
      method,
      redirect: "manual",
      headers: method === "PUT" ? { "content-type": "application/json", origin } : {},
      body: method === "PUT" ? "{}" : undefined,
      signal: AbortSignal.timeout(15_000),
    })
      .then((response) => response.arrayBuffer())
      .catch(() => undefined);
  }
}
