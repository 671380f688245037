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
