import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { checkReadiness } from "./readiness";

afterAll(() => db.$disconnect());

describe("readiness", () => {
  it("is ready when the database answers, every shipped migration is applied and jobs run", async () => {
    (globalThis as { galleyJobsRunning?: boolean }).galleyJobsRunning = true;
    const readiness = await checkReadiness();
    expect(readiness.checks).toEqual({
      database: { ok: true },
      migrations: { ok: true },
      jobs: { ok: true },
    });
    expect(readiness.ready).toBe(true);
  });

  it("is not ready, and says why, when the job queue is not running", async () => {
    (globalThis as { galleyJobsRunning?: boolean }).galleyJobsRunning = false;
    const readiness = await checkReadiness();
    expect(readiness.ready).toBe(false);
    expect(readiness.checks.jobs).toEqual({ ok: false, detail: "the job queue is not running" });
  });

  it("names a shipped migration the database lacks", async () => {
    (globalThis as { galleyJobsRunning?: boolean }).galleyJobsRunning = true;
    const [last] = await db.$queryRaw<Array<{ migration_name: string }>>`
      select migration_name from "_prisma_migrations" order by migration_name desc limit 1`;
    await db.$executeRaw`update "_prisma_migrations" set rolled_back_at = now() where migration_name = ${last!.migration_name}`;
    try {
      const readiness = await checkReadiness();
      expect(readiness.ready).toBe(false);
      expect(readiness.checks.migrations).toEqual({
        ok: false,
        detail: `not applied: ${last!.migration_name}`,
      });
    } finally {
      await db.$executeRaw`update "_prisma_migrations" set rolled_back_at = null where migration_name = ${last!.migration_name}`;
    }
  });
});
