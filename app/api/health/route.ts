/** Liveness: the process answers. Readiness (database, migrations, job queue) is /api/health/ready. */
export function GET() {
  // With GALLEY_WORKERS > 1, which worker process answered (for operators and the tests).
  const worker = process.env.GALLEY_WORKER_INDEX;
  return Response.json(
    { status: "ok", ...(worker ? { worker: Number(worker) } : {}) },
    { headers: { "cache-control": "no-store" } },
  );
}
