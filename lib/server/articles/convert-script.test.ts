import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { createArticle, createUser } from "@/prisma/factories";
import { convertArticleScript } from "./convert-script";

afterAll(() => db.$disconnect());

describe("convertArticleScript", () => {
  it("converts headline, dek and body (ruby bases too) to Simplified as a new CONVERSION revision", async () => {
    const reporter = await createUser(db);
    const article = await createArticle(db, {
      createdById: reporter.id,
      headline: "統籌做好復工復產",
    });
    await db.article.update({
      where: { id: article.id },
      data: {
        dek: "市委書記主持並講話",
        body: {
          type: "doc",
          content: [
            {
              type: "paragraph",
              content: [
                { type: "text", text: "堅決打贏疫情防控" },
                { type: "ruby", attrs: { base: "導", reading: "dǎo" } },
              ],
            },
          ],
        },
      },
    });
    const actor = { id: reporter.id, role: "REPORTER" as const };
    const result = await convertArticleScript(actor, article.id, {
      to: "hans",
      baseVersion: article.version,
    });
    const stored = await db.article.findUniqueOrThrow({
      where: { id: article.id },
      include: { revisions: true },
    });
    expect(stored).toMatchObject({
      headline: "统筹做好复工复产",
      dek: "市委书记主持并讲话",
      language: "zh_Hans",
      version: result.version,
    });
    expect(JSON.stringify(stored.body)).toContain("坚决打赢疫情防控");
    expect(JSON.stringify(stored.body)).toContain('{"base":"导","reading":"dǎo"}');
    expect(stored.revisions.map((r) => r.kind)).toEqual(["CONVERSION"]);
  });

  it("refuses to convert over a newer version, changing nothing", async () => {
    const reporter = await createUser(db);
    const article = await createArticle(db, { createdById: reporter.id, headline: "復工" });
    await db.article.update({ where: { id: article.id }, data: { version: { increment: 1 } } });
    const error = await convertArticleScript({ id: reporter.id, role: "REPORTER" }, article.id, {
      to: "hans",
      baseVersion: article.version,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("CONFLICT");
    expect((await db.article.findUniqueOrThrow({ where: { id: article.id } })).headline).toBe(
      "復工",
    );
  });
});
