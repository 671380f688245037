import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { createArticle, createUser } from "@/prisma/factories";
import { transitionArticle } from "../articles/transition-article";
import { listAuditLog } from "./list-audit-log";

afterAll(() => db.$disconnect());

async function desk() {
  const editor = await createUser(db, { role: "EDITOR", name: `李榕 ${Date.now()}` });
  return { editor, actor: { id: editor.id, role: "EDITOR" as const } };
}

describe("listAuditLog", () => {
  it("names the step and the story: 'Publish update' is not logged as publish, no ids", async () => {
    const { editor, actor } = await desk();
    const article = await createArticle(db, { createdById: editor.id, status: "APPROVED" });
    const published = await transitionArticle({
      actor,
      articleId: article.id,
      transition: "publish",
      version: article.version,
    });
    await transitionArticle({
      actor,
      articleId: article.id,
      transition: "publish-update",
      version: published.version,
    });
    const { items } = await listAuditLog(actor, { filter: { who: editor.id } });
    expect(items.map((row) => [row.what, row.actorName, row.subject])).toEqual([
      [
        "publish-update",
        editor.name,
        { type: "article", id: article.id, headline: article.headline },
      ],
      ["publish", editor.name, { type: "article", id: article.id, headline: article.headline }],
    ]);
  });

  it("filters by who, what, article (headline or id) and newsroom-time dates, and pages", async () => {
    const { editor, actor } = await desk();
    const other = await createUser(db, { role: "EDITOR" });
    const story = await createArticle(db, {
      createdById: editor.id,
      headline: `供暖會議 ${Date.now()}`,
    });
    const elsewhere = await createArticle(db, { createdById: editor.id });
    // 23:59:59 on 1 March and 00:00 on 2 March in Asia/Shanghai (the default newsroom zone).
    const lateFirst = new Date("2026-03-01T15:59:59Z");
    const earlySecond = new Date("2026-03-01T16:00:00Z");
    const row = (extra: {
      action: string;
      resourceId: string;
      createdAt?: Date;
      details?: { transition: string };
    }) => ({
      actorId: editor.id,
      outcome: "ALLOWED" as const,
      resourceType: "article",
      ...extra,
    });
    await db.auditLog.createMany({
      data: [
        row({ action: "article.correct", resourceId: story.id, createdAt: lateFirst }),
        row({
          action: "article.publish",
          resourceId: story.id,
          details: { transition: "publish-update" },
          createdAt: earlySecond,
        }),
        row({ action: "article.correct", resourceId: elsewhere.id, createdAt: earlySecond }),
        { ...row({ action: "article.correct", resourceId: story.id }), actorId: other.id },
      ],
    });
    const whats = async (filter: object) =>
      (await listAuditLog(actor, { filter: { who: editor.id, ...filter } })).items.map(
        (item) => `${item.what}@${item.createdAt.toISOString()}`,
      );
    expect(await whats({ what: "correct" })).toEqual([
      `correct@${earlySecond.toISOString()}`,
      `correct@${lateFirst.toISOString()}`,
    ]);
    expect(await whats({ what: "publish-update" })).toEqual([
      `publish-update@${earlySecond.toISOString()}`,
    ]);
    expect(await whats({ what: "publish" })).toEqual([]);
    expect(await whats({ from: "2026-03-02", to: "2026-03-02" })).toHaveLength(2);
    expect(await whats({ to: "2026-03-01" })).toEqual([`correct@${lateFirst.toISOString()}`]);
    expect(await whats({ article: story.headline.slice(0, 4) })).toHaveLength(2);
    expect(await whats({ article: elsewhere.id })).toEqual([
      `correct@${earlySecond.toISOString()}`,
    ]);
    expect(await whats({ article: "沒有這篇稿件" })).toEqual([]);

    const first = await listAuditLog(actor, { filter: { who: editor.id }, limit: 2 });
    expect(first.items).toHaveLength(2);
    const rest = await listAuditLog(actor, {
      filter: { who: editor.id, before: first.next!.createdAt.toISOString(), id: first.next!.id },
      limit: 2,
    });
    expect(rest.items).toHaveLength(1);
    expect(rest.next).toBeNull();
    expect(rest.items[0]!.id).not.toBe(first.items[1]!.id);
  });

  it("is refused to reporters", async () => {
    const reporter = await createUser(db);
    await expect(listAuditLog({ id: reporter.id, role: "REPORTER" })).rejects.toSatisfy(
      (error) => error instanceof AppError && error.code === "FORBIDDEN",
    );
  });
});
