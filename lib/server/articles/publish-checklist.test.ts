import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { AppError } from "@/lib/errors";
import { createArticle, createUser } from "@/prisma/factories";
import { getPublishChecklistFacts } from "./publish-checklist";

afterAll(() => db.$disconnect());

describe("getPublishChecklistFacts", () => {
  it("hands the editor each section's own checklist, the open inline comments and the stages", async () => {
    const stamp = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
    const section = await db.section.create({
      data: {
        slug: `facts-${stamp}`,
        name: `事實${stamp}`,
        nameEn: `Facts ${stamp}`,
        publishChecks: { checks: ["dek", "bogus"], headlineLimit: 20 },
      },
    });
    const plain = await db.section.create({
      data: { slug: `plain-${stamp}`, name: `普通${stamp}`, nameEn: `Plain ${stamp}` },
    });
    const reporter = await createUser(db);
    const editor = await createUser(db, { role: "EDITOR" });
    const story = await createArticle(db, { createdById: reporter.id, status: "SUBMITTED" });
    const markId = crypto.randomUUID();
    const open = await db.comment.create({
      data: {
        articleId: story.id,
        authorId: editor.id,
        body: "?",
        anchor: { markId, quote: "測試" },
      },
    });
    // A reply, a resolved inline comment and a thread comment are not open inline comments.
    await db.comment.create({ data: { articleId: story.id, parentId: open.id, body: "ok" } });
    await db.comment.create({
      data: {
        articleId: story.id,
        body: "done",
        anchor: { markId: crypto.randomUUID(), quote: "正文" },
        resolvedAt: new Date(),
      },
    });
    await db.comment.create({ data: { articleId: story.id, body: "Looks good." } });

    const facts = await getPublishChecklistFacts({ id: editor.id, role: "EDITOR" }, story.id);
    expect(facts.configs[section.id]).toEqual({ checks: ["dek"], headlineLimit: 20 });
    expect(facts.configs[plain.id]).toBeUndefined();
    expect(facts).toMatchObject({ openComments: 1, stagesPassed: false });

    await db.article.update({ where: { id: story.id }, data: { status: "APPROVED" } });
    expect(
      (await getPublishChecklistFacts({ id: editor.id, role: "EDITOR" }, story.id)).stagesPassed,
    ).toBe(true);
  });

  it("answers NOT_FOUND for a story the person may not see", async () => {
    const owner = await createUser(db);
    const other = await createUser(db);
    const draft = await createArticle(db, { createdById: owner.id });
    const error = await getPublishChecklistFacts({ id: other.id, role: "REPORTER" }, draft.id).then(
      () => null,
      (caught: AppError) => caught,
    );
    expect(error?.code).toBe("NOT_FOUND");
  });
});
