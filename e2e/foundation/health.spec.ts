import { expect, test } from "@playwright/test";

test.describe("[FOUNDATION] health", () => {
  test("liveness answers, and readiness reports the database, migrations and job queue", async ({
    request,
  }) => {
    const live = await request.get("/api/health");
    expect(live.status()).toBe(200);
    expect(await live.json()).toEqual({ status: "ok" });
    const ready = await request.get("/api/health/ready");
    expect(ready.status()).toBe(200);
    expect(ready.headers()["cache-control"]).toBe("no-store");
    expect(await ready.json()).toEqual({
      status: "ready",
      checks: { database: { ok: true }, migrations: { ok: true }, jobs: { ok: true } },
    });
  });
});
