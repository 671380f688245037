import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { createArticle, createUser } from "@/prisma/factories";
import { addCorrection } from "./add-correction";
import { getPublishedArticle } from "./get-published-article";
import { transitionArticle } from "./transition-article";

afterAll(() => db.$disconnect());

async function expectRefusal(promise: Promise<unknown>, code: AppError["code"], message?: string) {
  await expect(promise).rejects.toSatisfy(
    (error) =>
      error instanceof AppError && error.code === code && (!message || error.message === message),
  );
}

async function publishedArticle() {
  const reporter = await createUser(db);
  const editor = await createUser(db, { role: "EDITOR" });
  const approved = await createArticle(db, {
    createdById: reporter.id,
    status: "APPROVED",
    bylineUserIds: [reporter.id],
  });
  const actor = { id: editor.id, role: "EDITOR" as const };
  await transitionArticle({
    actor,
    articleId: approved.id,
    transition: "publish",
    version: approved.version,
  });
  const article = await db.article.findUniqueOrThrow({ where: { id: approved.id } });
  return { reporter, editor, actor, article };
}

const correction = (text: string) => ({ text, correctedAt: new Date(Date.now() - 60_000) });

describe("addCorrection", () => {
  it("adds an editor's correction that readers see at once, without a new live version", async () => {
    const { actor, article } = await publishedArticle();
    const versions = await db.publishedVersion.count({ where: { articleId: article.id } });
    const added = await addCorrection({
      actor,
      articleId: article.id,
      correction: correction("  本文早前把會議日期誤寫為2月11日，應為2月12日。 "),
    });
    expect(added.text).toBe("本文早前把會議日期誤寫為2月11日，應為2月12日。");
    const page = await getPublishedArticle(article.slug);
    expect(page?.corrections).toEqual([
      { id: added.id, text: added.text, correctedAt: added.correctedAt },
    ]);
    expect(await db.publishedVersion.count({ where: { articleId: article.id } })).toBe(versions);
    expect(
      await db.auditLog.findFirst({
        where: { actorId: actor.id, resourceId: article.id, action: "article.correct" },
      }),
    ).toMatchObject({ outcome: "ALLOWED" });
  });

  it("refuses a reporter (even on their own article), writes nothing, and audits the attempt", async () => {
    const { reporter, article } = await publishedArticle();
    await expectRefusal(
      addCorrection({
        actor: { id: reporter.id, role: "REPORTER" },
        articleId: article.id,
        correction: correction("記者想加的更正。"),
      }),
      "FORBIDDEN",
    );
    expect(await db.correction.count({ where: { articleId: article.id } })).toBe(0);
    expect(
      await db.auditLog.findFirst({ where: { actorId: reporter.id, resourceId: article.id } }),
    ).toMatchObject({ action: "article.correct", outcome: "DENIED" });
  });

  it("refuses an empty correction with the sentence, and one that is too long, writing nothing", async () => {
    const { actor, article } = await publishedArticle();
    await expectRefusal(
      addCorrection({ actor, articleId: article.id, correction: correction("   ") }),
      "INVALID_INPUT",
      "Write the correction: it cannot be empty.",
    );
    await expectRefusal(
      addCorrection({ actor, articleId: article.id, correction: correction("錯".repeat(2001)) }),
      "INVALID_INPUT",
      "A correction can be at most 2,000 characters.",
    );
    await expectRefusal(
      addCorrection({
        actor,
        articleId: article.id,
        correction: { text: "明天的更正", correctedAt: new Date(Date.now() + 86_400_000) },
      }),
      "INVALID_INPUT",
      "The correction time cannot be in the future.",
    );
    await expectRefusal(
      addCorrection({
        actor,
        articleId: article.id,
        correction: { text: "時間寫錯的更正", correctedAt: new Date(Number.NaN) },
      }),
      "INVALID_INPUT",
      "Give the correction time as a date and time.",
    );
    expect(await db.correction.count({ where: { articleId: article.id } })).toBe(0);
  });

  it("refuses a correction to an article never published", async () => {
    const editor = await createUser(db, { role: "EDITOR" });
    const draft = await createArticle(db, { createdById: editor.id });
    await expectRefusal(
      addCorrection({
        actor: { id: editor.id, role: "EDITOR" },
        articleId: draft.id,
        correction: correction("草稿不需要更正。"),
      }),
      "CONFLICT",
    );
    expect(await db.correction.count({ where: { articleId: draft.id } })).toBe(0);
  });
});
