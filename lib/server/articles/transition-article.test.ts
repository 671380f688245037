import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { createArticle, createUser } from "@/prisma/factories";
import { transitionArticle } from "./transition-article";

afterAll(() => db.$disconnect());

async function snapshot(articleId: string) {
  const article = await db.article.findUniqueOrThrow({ where: { id: articleId } });
  return {
    article,
    events: await db.workflowEvent.count({ where: { articleId } }),
    versions: await db.publishedVersion.count({ where: { articleId } }),
  };
}

async function expectRefusal(promise: Promise<unknown>, code: AppError["code"]) {
  await expect(promise).rejects.toSatisfy(
    (error) => error instanceof AppError && error.code === code,
  );
}

describe("transitionArticle", () => {
  it("refuses a reporter publishing their own approved article, changes nothing, and audits the attempt", async () => {
    const reporter = await createUser(db, { role: "REPORTER" });
    const article = await createArticle(db, { createdById: reporter.id, status: "APPROVED" });
    const before = await snapshot(article.id);
    await expectRefusal(
      transitionArticle({
        actor: { id: reporter.id, role: "REPORTER" },
        articleId: article.id,
        transition: "publish",
        version: article.version,
      }),
      "FORBIDDEN",
    );
    expect(await snapshot(article.id)).toEqual(before);
    const audit = await db.auditLog.findFirst({
      where: { actorId: reporter.id, resourceId: article.id },
    });
    expect(audit).toMatchObject({
      action: "article.publish",
      outcome: "DENIED",
      resourceType: "article",
    });
  });

  it("lets an editor publish: status, version, event and a live snapshot, all at once", async () => {
    const reporter = await createUser(db);
    const editor = await createUser(db, { role: "EDITOR" });
    const article = await createArticle(db, {
      createdById: reporter.id,
      status: "APPROVED",
      bylineUserIds: [reporter.id],
    });
    const result = await transitionArticle({
      actor: { id: editor.id, role: "EDITOR" },
      articleId: article.id,
      transition: "publish",
      version: article.version,
    });
    expect(result).toEqual({ status: "PUBLISHED", version: article.version + 1 });
    const after = await db.article.findUniqueOrThrow({
      where: { id: article.id },
      include: { liveVersion: true },
    });
    expect(after.liveVersion).toMatchObject({
      number: 1,
      isLive: true,
      headline: article.headline,
    });
    expect(after.liveVersion?.bodyHtml).toBe("<p>測試正文。</p>");
    expect(after.publishedAt).not.toBeNull();
    expect(await db.workflowEvent.findFirst({ where: { articleId: article.id } })).toMatchObject({
      fromStatus: "APPROVED",
      toStatus: "PUBLISHED",
      actorId: editor.id,
    });
  });

  it("refuses a stale version and an out-of-order move without writing anything", async () => {
    const editor = await createUser(db, { role: "EDITOR" });
    const draft = await createArticle(db, { createdById: editor.id, status: "DRAFT" });
    const before = await snapshot(draft.id);
    await expectRefusal(
      transitionArticle({
        actor: { id: editor.id, role: "EDITOR" },
        articleId: draft.id,
        transition: "approve",
        version: draft.version,
      }),
      "CONFLICT",
    );
    await expectRefusal(
      transitionArticle({
        actor: { id: editor.id, role: "EDITOR" },
        articleId: draft.id,
        transition: "submit",
        version: draft.version + 5,
      }),
      "CONFLICT",
    );
    expect(await snapshot(draft.id)).toEqual(before);
  });

  it("does not reveal another reporter's draft, and requires a note to request changes", async () => {
    const owner = await createUser(db);
    const stranger = await createUser(db);
    const editor = await createUser(db, { role: "EDITOR" });
    const draft = await createArticle(db, { createdById: owner.id, status: "SUBMITTED" });
    await expectRefusal(
      transitionArticle({
        actor: { id: stranger.id, role: "REPORTER" },
        articleId: draft.id,
        transition: "withdraw",
        version: draft.version,
      }),
      "NOT_FOUND",
    );
    await expectRefusal(
      transitionArticle({
        actor: { id: editor.id, role: "EDITOR" },
        articleId: draft.id,
        transition: "request-changes",
        version: draft.version,
        note: "  ",
      }),
      "INVALID_INPUT",
    );
    expect((await db.article.findUniqueOrThrow({ where: { id: draft.id } })).status).toBe(
      "SUBMITTED",
    );
  });

  it("lets a bylined reporter submit a draft they did not create", async () => {
    const creator = await createUser(db, { role: "EDITOR" });
    const reporter = await createUser(db);
    const draft = await createArticle(db, {
      createdById: creator.id,
      status: "DRAFT",
      bylineUserIds: [reporter.id],
    });
    const result = await transitionArticle({
      actor: { id: reporter.id, role: "REPORTER" },
      articleId: draft.id,
      transition: "submit",
      version: draft.version,
    });
    expect(result.status).toBe("SUBMITTED");
  });
});

describe("scheduling and embargo", () => {
  async function approvedArticle(overrides: { embargoUntil?: Date } = {}) {
    const reporter = await createUser(db);
    const editor = await createUser(db, { role: "EDITOR" });
    const article = await createArticle(db, {
      createdById: reporter.id,
      status: "APPROVED",
      bylineUserIds: [reporter.id],
    });
    if (overrides.embargoUntil) {
      await db.article.update({
        where: { id: article.id },
        data: { embargoUntil: overrides.embargoUntil },
      });
    }
    return { reporter, editor: { id: editor.id, role: "EDITOR" as const }, article };
  }

  async function pendingJobs(articleId: string) {
    return db.$queryRaw<Array<{ run_at: Date; task_identifier: string }>>`
      select run_at, task_identifier from graphile_worker.jobs where key = ${`publish:${articleId}`}`;
  }

  it("schedules in one transaction: the status, the time and exactly one job", async () => {
    const { editor, article } = await approvedArticle();
    const at = new Date(Date.now() + 60 * 60_000);
    const result = await transitionArticle({
      actor: editor,
      articleId: article.id,
      transition: "schedule",
      version: article.version,
      scheduledAt: at,
    });
    expect(result.status).toBe("SCHEDULED");
    const stored = await db.article.findUniqueOrThrow({ where: { id: article.id } });
    expect(stored.scheduledAt?.toISOString()).toBe(at.toISOString());
    const jobs = await pendingJobs(article.id);
    expect(jobs).toHaveLength(1);
    expect(jobs[0]).toMatchObject({ task_identifier: "publish_scheduled" });
    expect(jobs[0]!.run_at.toISOString()).toBe(at.toISOString());

    await transitionArticle({
      actor: editor,
      articleId: article.id,
      transition: "cancel-schedule",
      version: result.version,
    });
    expect(await pendingJobs(article.id)).toHaveLength(0);
    const cancelled = await db.article.findUniqueOrThrow({ where: { id: article.id } });
    expect(cancelled).toMatchObject({ status: "APPROVED", scheduledAt: null });
  });

  it("refuses a schedule time in the past, and writes nothing", async () => {
    const { editor, article } = await approvedArticle();
    const before = await snapshot(article.id);
    await expect(
      transitionArticle({
        actor: editor,
        articleId: article.id,
        transition: "schedule",
        version: article.version,
        scheduledAt: new Date(Date.now() - 60_000),
      }),
    ).rejects.toThrow("That time has already passed");
    expect(await snapshot(article.id)).toEqual(before);
    expect(await pendingJobs(article.id)).toHaveLength(0);
  });

  it("refuses publishing before the embargo, and scheduling before it, and writes nothing", async () => {
    const embargoUntil = new Date(Date.now() + 2 * 60 * 60_000);
    const { editor, article } = await approvedArticle({ embargoUntil });
    const before = await snapshot(article.id);
    await expect(
      transitionArticle({
        actor: editor,
        articleId: article.id,
        transition: "publish",
        version: article.version,
      }),
    ).rejects.toThrow(/under embargo until .* cannot be published before then/);
    await expect(
      transitionArticle({
        actor: editor,
        articleId: article.id,
        transition: "schedule",
        version: article.version,
        scheduledAt: new Date(embargoUntil.getTime() - 60_000),
      }),
    ).rejects.toThrow(/under embargo until/);
    expect(await snapshot(article.id)).toEqual(before);
    // At or after the embargo is allowed.
    const scheduled = await transitionArticle({
      actor: editor,
      articleId: article.id,
      transition: "schedule",
      version: article.version,
      scheduledAt: embargoUntil,
    });
    expect(scheduled.status).toBe("SCHEDULED");
  });

  it("tells the desk about a submission and the author about approval, never the actor", async () => {
    const reporter = await createUser(db);
    const editor = await createUser(db, { role: "EDITOR" });
    const article = await createArticle(db, { createdById: reporter.id, status: "DRAFT" });
    const submitted = await transitionArticle({
      actor: { id: reporter.id, role: "REPORTER" },
      articleId: article.id,
      transition: "submit",
      version: article.version,
    });
    const toEditor = await db.notification.findMany({
      where: { userId: editor.id, articleId: article.id },
    });
    expect(toEditor.map((n) => n.kind)).toEqual(["SUBMITTED"]);
    expect(
      await db.notification.count({ where: { userId: reporter.id, articleId: article.id } }),
    ).toBe(0);
    await transitionArticle({
      actor: { id: editor.id, role: "EDITOR" },
      articleId: article.id,
      transition: "request-changes",
      version: submitted.version,
      note: "第二段的數字請核實",
    });
    const toReporter = await db.notification.findMany({
      where: { userId: reporter.id, articleId: article.id },
    });
    expect(toReporter).toMatchObject([
      { kind: "CHANGES_REQUESTED", message: "第二段的數字請核實" },
    ]);
  });
});
