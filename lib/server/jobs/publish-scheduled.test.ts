import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createArticle, createUser } from "@/prisma/factories";
import { publishScheduled } from "./publish-scheduled";

afterAll(() => db.$disconnect());

async function scheduledArticle(options: { at: Date; embargoUntil?: Date }) {
  const reporter = await createUser(db);
  const article = await createArticle(db, {
    createdById: reporter.id,
    status: "SCHEDULED",
    bylineUserIds: [reporter.id],
  });
  await db.article.update({
    where: { id: article.id },
    data: { scheduledAt: options.at, embargoUntil: options.embargoUntil ?? null },
  });
  return { reporter, article };
}

describe("publishScheduled (the scheduler's job)", () => {
  it("publishes exactly once when two instances run the job at the same moment", async () => {
    const { article } = await scheduledArticle({ at: new Date(Date.now() - 1_000) });
    const outcomes = await Promise.all([
      publishScheduled(article.id, { isLastAttempt: false }),
      publishScheduled(article.id, { isLastAttempt: false }),
      publishScheduled(article.id, { isLastAttempt: false }),
    ]);
    expect(outcomes.filter((outcome) => outcome === "published")).toHaveLength(1);
    expect(await db.publishedVersion.count({ where: { articleId: article.id } })).toBe(1);
    const events = await db.workflowEvent.findMany({ where: { articleId: article.id } });
    expect(events).toMatchObject([
      { fromStatus: "SCHEDULED", toStatus: "PUBLISHED", actorId: null },
    ]);
  });

  it("does nothing for a schedule that was cancelled or is not due", async () => {
    const { article } = await scheduledArticle({ at: new Date(Date.now() + 60 * 60_000) });
    expect(await publishScheduled(article.id, { isLastAttempt: false })).toBe("not-due");
    await db.article.update({ where: { id: article.id }, data: { status: "APPROVED" } });
    expect(await publishScheduled(article.id, { isLastAttempt: false })).toBe("not-scheduled");
    expect(await db.publishedVersion.count({ where: { articleId: article.id } })).toBe(0);
  });

  it("records a refused publish on the article and tells the author and the desk", async () => {
    const editor = await createUser(db, { role: "EDITOR" });
    const { reporter, article } = await scheduledArticle({
      at: new Date(Date.now() - 1_000),
      embargoUntil: new Date(Date.now() + 60 * 60_000),
    });
    expect(await publishScheduled(article.id, { isLastAttempt: false })).toBe("failed");
    const stored = await db.article.findUniqueOrThrow({ where: { id: article.id } });
    expect(stored.status).toBe("SCHEDULED");
    expect(stored.scheduleError).toMatch(/under embargo until/);
    expect(stored.scheduleFailedAt).not.toBeNull();
    for (const userId of [reporter.id, editor.id]) {
      const notices = await db.notification.findMany({ where: { userId, articleId: article.id } });
      expect(notices.map((notice) => notice.kind)).toEqual(["SCHEDULE_FAILED"]);
    }
    expect(await db.publishedVersion.count({ where: { articleId: article.id } })).toBe(0);
  });
});
