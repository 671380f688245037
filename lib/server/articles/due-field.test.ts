import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ZArticleSave } from "@/lib/schemas/article";
import { ZArticleFields, emptyArticleFields } from "@/lib/schemas/article-fields";
import { articleFields, createArticle, createUser } from "@/prisma/factories";
import { handleJsonMutation } from "../http/json-route";
import { restoreRevision } from "./revisions";
import { saveArticle } from "./save-article";

/** "Due" (dueAt) as the editor and the save route take it; its round trip is in article-fields.test.ts. */

afterAll(() => db.$disconnect());

const ORIGIN = "https://news.example.test";

describe("the Due field", () => {
  it("takes “Due” as an instant in any offset, keeps it in UTC, and refuses anything else with a sentence", () => {
    const parse = (dueAt: unknown) =>
      ZArticleFields.safeParse({ ...emptyArticleFields({ slug: "due" }), dueAt });
    expect(parse("2026-12-08T18:00:00+08:00").data?.dueAt).toBe("2026-12-08T10:00:00.000Z");
    expect(parse(null).data?.dueAt).toBeNull();
    // Left out is refused like any other field: a save must say what "Due" is.
    expect(parse(undefined).success).toBe(false);
    for (const bad of ["tomorrow", "2026-12-08", "2026-13-40T25:00:00Z", 5]) {
      const result = parse(bad);
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.message).toBe("Enter the due time as a date and time.");
    }
  });

  it("refuses a save whose “Due” is not a time with the sentence, and changes nothing", async () => {
    process.env.NEXTAUTH_URL = ORIGIN;
    const editor = await createUser(db, { role: "EDITOR" });
    const actor = { id: editor.id, role: "EDITOR" as const };
    const due = new Date("2026-12-08T10:00:00.000Z");
    const article = await createArticle(db, { createdById: editor.id, dueAt: due });
    const put = (dueAt: unknown) =>
      handleJsonMutation(
        new Request(`${ORIGIN}/api/v1/articles/${article.id}`, {
          method: "PUT",
          headers: {
            origin: ORIGIN,
            host: new URL(ORIGIN).host,
            "content-type": "application/json",
          },
          body: JSON.stringify({
            baseVersion: article.version,
            kind: "MANUAL",
            fields: { ...articleFields(article.slug), dueAt },
          }),
        }),
        ZArticleSave,
        (save) => saveArticle({ actor, articleId: article.id, save }),
      );
    const refused = await put("next Tuesday");
    expect(refused.status).toBe(400);
    expect((await refused.json()).issues).toEqual([
      { path: "fields.dueAt", message: "Enter the due time as a date and time." },
    ]);
    const row = await db.article.findUniqueOrThrow({ where: { id: article.id } });
    expect(row).toMatchObject({ dueAt: due, version: article.version });
    // Clearing it is a save like any other.
    expect((await put(null)).status).toBe(200);
    expect((await db.article.findUniqueOrThrow({ where: { id: article.id } })).dueAt).toBeNull();
  });

  it("restores a revision saved before the field existed, with no deadline", async () => {
    const editor = await createUser(db, { role: "EDITOR" });
    const article = await createArticle(db, {
      createdById: editor.id,
      dueAt: new Date("2026-12-08T10:00:00.000Z"),
    });
    const older: Record<string, unknown> = articleFields(article.slug, { headline: "舊版本" });
    delete older.dueAt;
    const revision = await db.revision.create({
      data: { articleId: article.id, version: 1, kind: "MANUAL", snapshot: older as object },
    });
    await restoreRevision({ id: editor.id, role: "EDITOR" }, article.id, revision.id);
    expect(await db.article.findUniqueOrThrow({ where: { id: article.id } })).toMatchObject({
      headline: "舊版本",
      dueAt: null,
    });
  });
});
