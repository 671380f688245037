/** Liveness: the process answers. Readiness (database, migrations, job queue) is /api/health/ready. */
export function GET() {
  return Response.json({ status: "ok" }, { headers: { "cache-control": "no-store" } });
}
