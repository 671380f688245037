import crypto from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { createArticle, createUser } from "@/prisma/factories";
import { addComment } from "./add-comment";
import { resolveComment } from "./resolve-comment";

afterAll(() => db.$disconnect());

async function code(promise: Promise<unknown>) {
  return promise.then(
    () => "ok",
    (error: unknown) => (error instanceof AppError ? error.code : String(error)),
  );
}

describe("resolveComment", () => {
  it("resolves an inline comment and reopens it, for anyone who may comment on the article", async () => {
    const reporter = await createUser(db);
    const editor = await createUser(db, { role: "EDITOR" });
    const article = await createArticle(db, { createdById: reporter.id });
    const comment = await addComment(
      { id: editor.id, role: "EDITOR" },
      {
        articleId: article.id,
        body: "Check this.",
        anchor: { markId: crypto.randomUUID(), quote: "正文" },
      },
    );

    // The owner (a reporter) resolves the editor's comment.
    const resolved = await resolveComment(
      { id: reporter.id, role: "REPORTER" },
      { commentId: comment.id, resolved: true },
    );
    expect(resolved.resolvedAt).not.toBeNull();
    expect(resolved.resolvedBy).toEqual({ id: reporter.id, name: reporter.name });

    // Resolving again keeps the first resolver and time.
    const twice = await resolveComment(
      { id: editor.id, role: "EDITOR" },
      { commentId: comment.id, resolved: true },
    );
    expect(twice).toEqual(resolved);

    const reopened = await resolveComment(
      { id: editor.id, role: "EDITOR" },
      { commentId: comment.id, resolved: false },
    );
    expect(reopened).toMatchObject({ resolvedAt: null, resolvedBy: null, body: "Check this." });
    expect(reopened.anchor).toEqual(comment.anchor);
  });

  it("is NOT_FOUND for a reporter who may not see the article, and changes nothing", async () => {
    const owner = await createUser(db);
    const stranger = await createUser(db);
    const article = await createArticle(db, { createdById: owner.id });
    const comment = await addComment(
      { id: owner.id, role: "REPORTER" },
      { articleId: article.id, body: "Note to self." },
    );
    expect(
      await code(
        resolveComment(
          { id: stranger.id, role: "REPORTER" },
          { commentId: comment.id, resolved: true },
        ),
      ),
    ).toBe("NOT_FOUND");
    expect(
      await code(
        resolveComment(
          { id: owner.id, role: "REPORTER" },
          { commentId: crypto.randomUUID(), resolved: true },
        ),
      ),
    ).toBe("NOT_FOUND");
    const row = await db.comment.findUniqueOrThrow({ where: { id: comment.id } });
    expect(row.resolvedAt).toBeNull();
  });
});
