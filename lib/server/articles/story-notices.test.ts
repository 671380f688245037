import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createArticle, createUser } from "@/prisma/factories";
import { getArticleForEdit } from "./get-article-for-edit";
import { getStoryNotices } from "./story-notices";
import { transitionArticle } from "./transition-article";

afterAll(() => db.$disconnect());

describe("getStoryNotices", () => {
  it("shows the reporter the request-changes note, who wrote it and when, until resubmitted", async () => {
    const reporter = await createUser(db);
    const editor = await createUser(db, { role: "EDITOR", name: "李榕" });
    const article = await createArticle(db, {
      createdById: reporter.id,
      status: "SUBMITTED",
      bylineUserIds: [reporter.id],
    });
    const asReporter = { id: reporter.id, role: "REPORTER" as const };
    const notices = async () => {
      const copy = await getArticleForEdit(asReporter, article.id);
      return getStoryNotices(article.id, copy.access);
    };
    expect((await notices()).changesRequested).toBeNull();
    const requested = await transitionArticle({
      actor: { id: editor.id, role: "EDITOR" },
      articleId: article.id,
      transition: "request-changes",
      version: article.version,
      note: "請補充供暖開始的日期。",
    });
    const shown = (await notices()).changesRequested;
    expect(shown).toMatchObject({ note: "請補充供暖開始的日期。", byName: "李榕" });
    expect(Math.abs(shown!.at.getTime() - Date.now())).toBeLessThan(60_000);
    await transitionArticle({
      actor: asReporter,
      articleId: article.id,
      transition: "submit",
      version: requested.version,
    });
    expect((await notices()).changesRequested).toBeNull();
  });
});
