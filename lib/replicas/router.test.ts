import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDbClient, type PrismaClient } from "@/lib/db-client";
import { startReplicatedServer, type ReplicatedServer } from "@/lib/testing/standby";
import { createTestDatabase } from "@/lib/testing/test-database";
import { heardLsn, holdReplicas } from "./freshness";
import { createReplicaRouter, type ReplicaRouter } from "./router";

/**
 * Reader reads on a real streaming replica: the embedded PostgreSQL as the primary and a
 * hot standby made from it with pg_basebackup -R (lib/testing/standby.ts).
 */
let server: ReplicatedServer;
let primary: PrismaClient;
let onStandby: PrismaClient;
let router: ReplicaRouter;
let databaseUrl: string;

/** What an invalidation does after a change: the primary's WAL position is heard. */
async function announceChange() {
  const [row] = await primary.$queryRaw<Array<{ lsn: string }>>`
    select pg_current_wal_insert_lsn()::text as lsn`;
  heardLsn(row!.lsn);
}

/** Which server answered a reader read: true for the standby. */
async function readFromStandby(reader = router.reader): Promise<boolean> {
  const [row] = await reader.$queryRaw<Array<{ standby: boolean }>>`
    select pg_is_in_recovery() as standby`;
  return row!.standby;
}

const sectionName = async (reader: PrismaClient, slug: string) =>
  (await reader.section.findUnique({ where: { slug }, select: { name: true } }))?.name;

beforeAll(async () => {
  server = await startReplicatedServer();
  const database = await createTestDatabase(server.primaryUrl);
  databaseUrl = database.url;
  primary = createDbClient(databaseUrl);
  onStandby = createDbClient(server.onStandby(databaseUrl));
  router = createReplicaRouter(primary, [server.onStandby(databaseUrl)]);
});

afterAll(async () => {
  await router?.close();
  await onStandby?.$disconnect();
  await primary?.$disconnect();
  await server?.close();
});

describe("reader reads on a streaming replica", () => {
  it("go to the standby once it has replayed every change heard of", async () => {
    await primary.section.create({ data: { slug: "replica-a", name: "要聞", nameEn: "News" } });
    await announceChange();
    // Straight after the change the standby may not have replayed it: the primary answers.
    expect(await sectionName(router.reader, "replica-a")).toBe("要聞");
    await expect.poll(() => readFromStandby(), { timeout: 5_000 }).toBe(true);
    expect(await sectionName(router.reader, "replica-a")).toBe("要聞");
    expect(router.status()).toEqual([
      expect.objectContaining({ state: "in use", reads: expect.any(Number) as number }),
    ]);
  });

  it("while replay is paused, a change is read from the primary, never the old copy", async () => {
    await server.pauseReplay();
    try {
      await primary.section.update({ where: { slug: "replica-a" }, data: { name: "要聞・更新" } });
      await announceChange();
      // The standby really lags: it still has the old name.
      expect(await sectionName(onStandby, "replica-a")).toBe("要聞");
      for (let i = 0; i < 20; i++) {
        expect(await sectionName(router.reader, "replica-a")).toBe("要聞・更新");
      }
      expect(await readFromStandby()).toBe(false);
      expect(router.status()[0]!.state).toBe("behind");
    } finally {
      await server.resumeReplay();
    }
    // Caught up again, the standby serves once more.
    await expect.poll(() => readFromStandby(), { timeout: 5_000 }).toBe(true);
    expect(await sectionName(router.reader, "replica-a")).toBe("要聞・更新");
  });

  it("a change of this process whose position is not known yet is read from the primary", async () => {
    const release = holdReplicas();
    try {
      expect(await readFromStandby()).toBe(false);
    } finally {
      release();
    }
    expect(await readFromStandby()).toBe(true);
  });

  it("a read the standby cancels to go on replaying is answered by the primary", async () => {
    await expect.poll(() => readFromStandby(), { timeout: 5_000 }).toBe(true);
    // The read holds a lock on "Section" on the standby for two seconds…
    const slow = router.reader.$queryRaw<Array<{ standby: boolean; sections: number }>>`
      select pg_is_in_recovery() as standby, pg_sleep(2)::text as slept,
             (select count(*) from "Section")::int as sections`;
    await new Promise((resolve) => setTimeout(resolve, 300));
    // …which the primary's exclusive lock, replayed, must take: after a second (the
    // standby's max_standby_streaming_delay) the standby cancels the read.
    await primary.$transaction(async (tx) => {
      await tx.$executeRaw`lock table "Section" in access exclusive mode`;
    });
    const [row] = await slow;
    expect(row!.standby).toBe(false);
    expect(row!.sections).toBeGreaterThan(0);
    // The standby was not at fault: it serves the next read.
    await expect.poll(() => readFromStandby(), { timeout: 5_000 }).toBe(true);
  });

  it("a standby that goes away sends reads to the primary without an error", async () => {
    await server.stopStandby();
    try {
      for (let i = 0; i < 10; i++) {
        expect(await sectionName(router.reader, "replica-a")).toBe("要聞・更新");
      }
      expect(await readFromStandby()).toBe(false);
      expect(router.status()[0]!.state).toBe("unreachable");
    } finally {
      await server.startStandby();
    }
    // It is tried again after a rest of a few seconds, and used.
    await expect.poll(() => readFromStandby(), { timeout: 15_000, interval: 500 }).toBe(true);
  });

  it("a URL that is not a standby is never read from", async () => {
    const wrong = createReplicaRouter(primary, [databaseUrl]);
    try {
      expect(await sectionName(wrong.reader, "replica-a")).toBe("要聞・更新");
      expect(wrong.status()[0]!.state).toBe("not a standby");
    } finally {
      await wrong.close();
    }
  });

  it("refuses transactions and writes' escape hatches: those belong on the primary", () => {
    expect(() => router.reader.$transaction).toThrow(/not for reader reads/);
  });
});
