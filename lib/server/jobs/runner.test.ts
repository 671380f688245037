import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createArticle, createUser } from "@/prisma/factories";
import { transitionArticle } from "../articles/transition-article";
import { startJobRunner } from "./runner";

afterAll(() => db.$disconnect());

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The story's status once it is published, or after `ms`. */
async function statusWithin(articleId: string, ms: number): Promise<string> {
  let status = "SCHEDULED";
  for (let waited = 0; waited < ms && status !== "PUBLISHED"; waited += 100) {
    await sleep(100);
    status = (await db.article.findUniqueOrThrow({ where: { id: articleId } })).status;
  }
  return status;
}

/** An approved story scheduled by an editor for a second from now. */
async function scheduledInASecond() {
  const editor = await createUser(db, { role: "EDITOR" });
  const article = await createArticle(db, { createdById: editor.id, status: "APPROVED" });
  const at = new Date(Date.now() + 1_000);
  await transitionArticle({
    actor: editor,
    articleId: article.id,
    transition: "schedule",
    version: article.version,
    scheduledAt: at,
  });
  return { article, at };
}

describe("the job queue across a stop or a crash", () => {
  it("publishes a story that fell due since its last poll before it stops", async () => {
    const { article, at } = await scheduledInASecond();
    // A minute between polls, and the story not due at the first: only the stop can publish it.
    const runner = await startJobRunner(process.env.DATABASE_URL!, { pollInterval: 60_000 });
    try {
      await sleep(at.getTime() - Date.now() + 300);
      // Due, and the queue has not looked since: a restart now would leave it waiting.
      expect(await db.article.findUniqueOrThrow({ where: { id: article.id } })).toMatchObject({
        status: "SCHEDULED",
      });
    } finally {
      await runner.stop();
    }
    const stored = await db.article.findUniqueOrThrow({ where: { id: article.id } });
    expect(stored.status).toBe("PUBLISHED");
    const events = await db.workflowEvent.findMany({
      where: { articleId: article.id, toStatus: "PUBLISHED" },
    });
    expect(events).toHaveLength(1);
    expect(events[0]!.createdAt.getTime()).toBeGreaterThanOrEqual(at.getTime());
  });

  it("frees a publish that a crashed queue had locked, and publishes it at the next start", async () => {
    const { article, at } = await scheduledInASecond();
    // What a queue killed mid-job leaves behind: the job locked by a worker that is gone.
    await db.$executeRaw`update graphile_worker._private_jobs
      set locked_by = 'killed-worker', locked_at = now() - interval '2 minutes', attempts = 1
      where key = ${`publish:${article.id}`}`;
    await sleep(at.getTime() - Date.now() + 100);
    const runner = await startJobRunner(process.env.DATABASE_URL!, { pollInterval: 200 });
    try {
      expect(await statusWithin(article.id, 5_000)).toBe("PUBLISHED");
    } finally {
      await runner.stop();
    }
    expect(
      await db.workflowEvent.count({ where: { articleId: article.id, toStatus: "PUBLISHED" } }),
    ).toBe(1);
  });

  it("frees it while running too, for an instance that never comes back", async () => {
    const runner = await startJobRunner(process.env.DATABASE_URL!, {
      pollInterval: 200,
      releaseEvery: 300,
    });
    try {
      const { article, at } = await scheduledInASecond();
      // Locked by another instance's queue, killed after this one started.
      await db.$executeRaw`update graphile_worker._private_jobs
        set locked_by = 'instance-gone-for-good', locked_at = now() - interval '2 minutes'
        where key = ${`publish:${article.id}`}`;
      await sleep(at.getTime() - Date.now() + 100);
      expect(await statusWithin(article.id, 5_000)).toBe("PUBLISHED");
    } finally {
      await runner.stop();
    }
  });
});
