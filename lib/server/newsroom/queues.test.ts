import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { articleFields, createArticle, createUser } from "@/prisma/factories";
import { createArticle as startStory } from "../articles/create-article";
import { saveArticle } from "../articles/save-article";
import { transitionArticle } from "../articles/transition-article";
import { listStories } from "./list-stories";
import { listApproved, listMyStories, listReviewQueue } from "./queues";

afterAll(() => db.$disconnect());

describe("the desk's queues", () => {
  it("keeps an approved, unscheduled story on the desk in 'Approved' until it moves on", async () => {
    const reporter = await createUser(db);
    const editor = await createUser(db, { role: "EDITOR" });
    const actor = { id: editor.id, role: "EDITOR" as const };
    const article = await createArticle(db, { createdById: reporter.id, status: "SUBMITTED" });
    const approved = await transitionArticle({
      actor,
      articleId: article.id,
      transition: "approve",
      version: article.version,
    });
    const ids = (rows: Array<{ id: string }>) => rows.map((row) => row.id);
    expect(ids(await listReviewQueue(actor))).not.toContain(article.id);
    expect(ids(await listApproved(actor))).toContain(article.id);
    await transitionArticle({
      actor,
      articleId: article.id,
      transition: "publish",
      version: approved.version,
    });
    expect(ids(await listApproved(actor))).not.toContain(article.id);
    await expect(listApproved({ id: reporter.id, role: "REPORTER" })).rejects.toSatisfy(
      (error) => error instanceof AppError && error.code === "FORBIDDEN",
    );
  });

  it("marks a published story whose saved copy is ahead of the live one", async () => {
    const editor = await createUser(db, { role: "EDITOR" });
    const actor = { id: editor.id, role: "EDITOR" as const };
    const article = await createArticle(db, { createdById: editor.id, status: "APPROVED" });
    const published = await transitionArticle({
      actor,
      articleId: article.id,
      transition: "publish",
      version: article.version,
    });
    const marked = async () => {
      const mine = (await listMyStories(actor)).flatMap((group) => group.stories);
      const all = (await listStories(actor, {}, { limit: 200 })).rows;
      return [
        mine.find((row) => row.id === article.id)?.hasUnpublishedChanges,
        all.find((row) => row.id === article.id)?.hasUnpublishedChanges,
      ];
    };
    expect(await marked()).toEqual([false, false]);
    const saved = await saveArticle({
      actor,
      articleId: article.id,
      save: {
        baseVersion: published.version,
        kind: "MANUAL",
        fields: articleFields(article.slug, { headline: `${article.headline}（更新）` }),
      },
    });
    expect(await marked()).toEqual([true, true]);
    await transitionArticle({
      actor,
      articleId: article.id,
      transition: "publish-update",
      version: saved.version,
    });
    expect(await marked()).toEqual([false, false]);
  });

  it("leaves out a 'New story' nobody typed into, and lists it once it is saved", async () => {
    const reporter = await createUser(db);
    const actor = { id: reporter.id, role: "REPORTER" as const };
    const { id } = await startStory({ ...actor, name: reporter.name });
    const listed = async () => [
      (await listMyStories(actor)).some((group) => group.stories.some((row) => row.id === id)),
      (await listStories(actor)).rows.some((row) => row.id === id),
    ];
    expect(await listed()).toEqual([false, false]);
    const slug = (await db.article.findUniqueOrThrow({ where: { id } })).slug;
    await saveArticle({
      actor,
      articleId: id,
      save: { baseVersion: 1, kind: "AUTOSAVE", fields: articleFields(slug, { headline: "" }) },
    });
    expect(await listed()).toEqual([true, true]);
  });
});
