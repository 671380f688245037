/** Liveness: the process answers. (Readiness, with the database, comes with the reliability work.) */
export function GET() {
  return Response.json({ status: "ok" }, { headers: { "cache-control": "no-store" } });
}
