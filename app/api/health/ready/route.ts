import { checkReadiness } from "@/lib/server/health/readiness";

export const dynamic = "force-dynamic";

/** Readiness for load balancers and orchestrators: 200 when ready, else 503 and why. */
export async function GET() {
  const readiness = await checkReadiness();
  const worker = process.env.GALLEY_WORKER_INDEX;
  return Response.json(
    {
      status: readiness.ready ? "ready" : "not-ready",
      ...(worker ? { worker: Number(worker) } : {}),
      checks: readiness.checks,
    },
    {
      status: readiness.ready ? 200 : 503,
      headers: { "cache-control": "no-store", ...(readiness.ready ? {} : { "retry-after": "5" }) },
    },
  );
}
