import { expect, test } from "@playwright/test";

test.describe("[FOUNDATION] health", () => {
  test("liveness answers, and readiness reports the database, migrations and job queue", async ({
    request,
  }) => {
    // The app runs GALLEY_WORKERS worker processes (one per core): each answers with its
    // number, and readiness from any but worker 1 says the queue runs there.
    const live = await request.get("/api/health");
    expect(live.status()).toBe(200);
    const { status, worker } = (await live.json()) as { status: string; worker?: number };
    expect(status).toBe("ok");
    expect(worker === undefined || (Number.isInteger(worker) && worker >= 1)).toBe(true);
    const ready = await request.get("/api/health/ready");
    expect(ready.status()).toBe(200);
    expect(ready.headers()["cache-control"]).toBe("no-store");
    const readiness = (await ready.json()) as {
      worker?: number;
      checks: { jobs: { ok: boolean } };
    };
    expect([{ ok: true }, { ok: true, detail: "run by worker 1" }]).toContainEqual(
      readiness.checks.jobs,
    );
    // Worker 1 runs the queue, so the others say so.
    expect(readiness.checks.jobs.ok && (readiness.worker ?? 1) > 1).toBe(
      "detail" in readiness.checks.jobs,
    );
    expect(readiness).toEqual({
      status: "ready",
      ...(readiness.worker === undefined ? {} : { worker: readiness.worker }),
      checks: { database: { ok: true }, migrations: { ok: true }, jobs: readiness.checks.jobs },
    });
  });
});
