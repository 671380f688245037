import crypto from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { createArticle, createUser } from "@/prisma/factories";
import { addComment } from "./add-comment";
import { listComments } from "./list-comments";

afterAll(() => db.$disconnect());

type Role = "REPORTER" | "EDITOR";
const as = (user: { id: string; role: Role }) => ({ id: user.id, role: user.role });

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`);
  return error;
}

async function written(articleId: string) {
  return {
    comments: await db.comment.count({ where: { articleId } }),
    notifications: await db.notification.count({ where: { articleId } }),
  };
}

async function newsroom() {
  const reporter = await createUser(db, { role: "REPORTER" });
  const editor = await createUser(db, { role: "EDITOR" });
  const article = await createArticle(db, { createdById: reporter.id, status: "SUBMITTED" });
  return {
    reporter: as({ id: reporter.id, role: "REPORTER" }),
    editor: as({ id: editor.id, role: "EDITOR" }),
    editorName: editor.name,
    article,
  };
}

describe("addComment", () => {
  it("adds a comment to the article's thread, with its author, and lists it", async () => {
    const { editor, editorName, article } = await newsroom();
    const comment = await addComment(editor, {
      articleId: article.id,
      body: "  Please check the second paragraph.  ",
    });
    expect(comment).toMatchObject({
      body: "Please check the second paragraph.",
      anchor: null,
      parentId: null,
      resolvedAt: null,
      author: { id: editor.id, name: editorName },
    });
    expect(await listComments(editor, article.id)).toEqual({
      comments: [comment],
      canComment: true,
    });
  });

  it("adds an inline comment anchored to its mark id and quote", async () => {
    const { editor, article } = await newsroom();
    const markId = crypto.randomUUID();
    const comment = await addComment(editor, {
      articleId: article.id,
      body: "Source?",
      anchor: { markId, quote: "正文" },
    });
    expect(comment.anchor).toEqual({ markId, quote: "正文" });
    const row = await db.comment.findUniqueOrThrow({ where: { id: comment.id } });
    expect(row.anchor).toEqual({ markId, quote: "正文" });
    // One mark, one comment: a second comment with the same mark id is refused.
    const again = await refusal(
      addComment(editor, {
        articleId: article.id,
        body: "Twice",
        anchor: { markId, quote: "正文" },
      }),
    );
    expect(again.code).toBe("CONFLICT");
    expect((await written(article.id)).comments).toBe(1);
  });

  it("adds a reply to a comment, and refuses a reply to a reply", async () => {
    const { editor, reporter, article } = await newsroom();
    const first = await addComment(editor, { articleId: article.id, body: "Why?" });
    const reply = await addComment(reporter, {
      articleId: article.id,
      body: "Because.",
      parentId: first.id,
    });
    expect(reply.parentId).toBe(first.id);
    const nested = await refusal(
      addComment(editor, { articleId: article.id, body: "Hm", parentId: reply.id }),
    );
    expect(nested.code).toBe("INVALID_INPUT");
    expect((await written(article.id)).comments).toBe(2);
  });

  it("tells the article's owners, never the person who commented", async () => {
    const { editor, reporter, article } = await newsroom();
    await addComment(editor, { articleId: article.id, body: "Nice lede." });
    const notes = await db.notification.findMany({ where: { articleId: article.id } });
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ userId: reporter.id, kind: "COMMENT", message: "Nice lede." });

    // The owner's own comment tells nobody (the owner is the actor).
    await addComment(reporter, { articleId: article.id, body: "Thanks." });
    expect(await db.notification.count({ where: { articleId: article.id } })).toBe(1);
    expect(await db.notification.count({ where: { userId: editor.id } })).toBe(0);
  });

  it("is NOT_FOUND for a reporter on someone else's article, and writes nothing", async () => {
    const { article } = await newsroom();
    const stranger = await createUser(db, { role: "REPORTER" });
    const error = await refusal(
      addComment(as({ id: stranger.id, role: "REPORTER" }), {
        articleId: article.id,
        body: "Let me in.",
      }),
    );
    expect(error.code).toBe("NOT_FOUND");
    expect(error.message).toBe("There is no such article.");
    expect(await written(article.id)).toEqual({ comments: 0, notifications: 0 });
    const listed = await refusal(
      listComments(as({ id: stranger.id, role: "REPORTER" }), article.id),
    );
    expect(listed.code).toBe("NOT_FOUND");
  });

  it("is NOT_FOUND for an article that does not exist or an id that is no UUID", async () => {
    const { editor } = await newsroom();
    for (const articleId of [crypto.randomUUID(), "nope"]) {
      const error = await refusal(addComment(editor, { articleId, body: "Hello" }));
      expect(error.code).toBe("NOT_FOUND");
    }
  });

  it("refuses an empty or over-long comment with a sentence, and writes nothing", async () => {
    const { editor, article } = await newsroom();
    const empty = await refusal(addComment(editor, { articleId: article.id, body: " \n\t " }));
    expect(empty).toMatchObject({ code: "INVALID_INPUT", message: "Write a comment first." });
    const long = await refusal(
      addComment(editor, { articleId: article.id, body: "字".repeat(5001) }),
    );
    expect(long).toMatchObject({
      code: "INVALID_INPUT",
      message: "Keep the comment under 5000 characters.",
    });
    const badAnchor = await refusal(
      addComment(editor, {
        articleId: article.id,
        body: "x",
        anchor: { markId: "not-a-uuid", quote: "x" },
      }),
    );
    expect(badAnchor).toMatchObject({
      code: "INVALID_INPUT",
      message: "The comment's place in the text is not valid; select the text again.",
    });
    expect(await written(article.id)).toEqual({ comments: 0, notifications: 0 });
    // 5000 characters is allowed.
    await addComment(editor, { articleId: article.id, body: "字".repeat(5000) });
    expect((await written(article.id)).comments).toBe(1);
  });
});
