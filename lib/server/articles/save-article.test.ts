import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { TArticleFields, TArticleSave } from "@/lib/schemas/article";
import { articleFields, createArticle, createUser } from "@/prisma/factories";
import { saveArticle, SaveConflict } from "./save-article";

afterAll(() => db.$disconnect());

const doc = (text: string) => ({
  type: "doc",
  content: [{ type: "paragraph", content: [{ type: "text", text }] }],
});

function fields(slug: string, overrides: Partial<TArticleFields> = {}): TArticleFields {
  return articleFields(slug, {
    headline: "市新冠肺炎疫情防控工作領導小組召開會議",
    datelinePlace: "德州",
    datelineDate: "2020-02-12",
    body: doc("正文第一段。"),
    ...overrides,
  });
}

async function setup() {
  const reporter = await createUser(db);
  const article = await createArticle(db, { createdById: reporter.id });
  return { reporter, actor: { id: reporter.id, role: "REPORTER" as const }, article };
}

const save = (baseVersion: number, f: TArticleFields, kind: TArticleSave["kind"] = "AUTOSAVE") => ({
  baseVersion,
  kind,
  fields: f,
});

describe("saveArticle", () => {
  it("saves on the current version, bumps it, and snapshots a revision", async () => {
    const { actor, article } = await setup();
    const result = await saveArticle({
      actor,
      articleId: article.id,
      save: save(article.version, fields(article.slug), "MANUAL"),
    });
    expect(result.version).toBe(article.version + 1);
    expect(result.revisionId).not.toBeNull();
    const stored = await db.article.findUniqueOrThrow({ where: { id: article.id } });
    expect(stored).toMatchObject({
      headline: "市新冠肺炎疫情防控工作領導小組召開會議",
      datelinePlace: "德州",
      version: result.version,
    });
    expect(stored.body).toEqual(doc("正文第一段。"));
  });

  it("refuses a stale save with the current copy, and writes nothing", async () => {
    const { actor, article } = await setup();
    const first = await saveArticle({
      actor,
      articleId: article.id,
      save: save(article.version, fields(article.slug, { body: doc("第一個人的版本。") })),
    });
    const stale = saveArticle({
      actor,
      articleId: article.id,
      save: save(article.version, fields(article.slug, { body: doc("第二個人的版本。") })),
    });
    const error = await stale.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SaveConflict);
    expect((error as SaveConflict).current.version).toBe(first.version);
    expect((error as SaveConflict).current.fields.body).toEqual(doc("第一個人的版本。"));
    expect((await db.article.findUniqueOrThrow({ where: { id: article.id } })).body).toEqual(
      doc("第一個人的版本。"),
    );
  });

  it("lets exactly one of many concurrent saves from the same version win", async () => {
    const { actor, article } = await setup();
    const attempts = await Promise.allSettled(
      Array.from({ length: 10 }, (_, i) =>
        saveArticle({
          actor,
          articleId: article.id,
          save: save(article.version, fields(article.slug, { body: doc(`版本 ${i}`) })),
        }),
      ),
    );
    const winners = attempts.filter((a) => a.status === "fulfilled");
    expect(winners).toHaveLength(1);
    expect(
      attempts.filter((a) => a.status === "rejected" && a.reason instanceof SaveConflict),
    ).toHaveLength(9);
    const stored = await db.article.findUniqueOrThrow({ where: { id: article.id } });
    expect(stored.version).toBe(article.version + 1);
  });

  it("keeps at most one autosave revision per person per two minutes, but every manual save", async () => {
    const { actor, article } = await setup();
    let version = article.version;
    for (let i = 0; i < 3; i++)
      version = (
        await saveArticle({
          actor,
          articleId: article.id,
          save: save(version, fields(article.slug, { body: doc(`自動 ${i}`) })),
        })
      ).version;
    version = (
      await saveArticle({
        actor,
        articleId: article.id,
        save: save(version, fields(article.slug, { body: doc("手動") }), "MANUAL"),
      })
    ).version;
    const revisions = await db.revision.findMany({
      where: { articleId: article.id },
      orderBy: { createdAt: "asc" },
    });
    expect(revisions.map((r) => r.kind)).toEqual(["AUTOSAVE", "MANUAL"]);
    expect(revisions.at(-1)?.version).toBe(version);
  });

  it("refuses a javascript: link, an unknown node and 3 MB of text, leaving the article unchanged", async () => {
    const { actor, article } = await setup();
    const before = await db.article.findUniqueOrThrow({ where: { id: article.id } });
    const bad = [
      {
        type: "doc",
        content: [
          {
            type: "paragraph",
            content: [
              {
                type: "text",
                text: "x",
                marks: [{ type: "link", attrs: { href: "javascript:alert(1)" } }],
              },
            ],
          },
        ],
      },
      { type: "doc", content: [{ type: "script", content: [{ type: "text", text: "alert(1)" }] }] },
      doc("字".repeat(1_100_000)),
    ];
    for (const body of bad) {
      const error = await saveArticle({
        actor,
        articleId: article.id,
        save: save(article.version, fields(article.slug, { body })),
      }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe("INVALID_INPUT");
    }
    expect(await db.article.findUniqueOrThrow({ where: { id: article.id } })).toEqual(before);
    expect(await db.revision.count({ where: { articleId: article.id } })).toBe(0);
  });

  it("keeps a published article's old slug as a redirect when the slug changes", async () => {
    const { actor, article } = await setup();
    await db.article.update({ where: { id: article.id }, data: { publishedAt: new Date() } });
    const editor = { id: (await createUser(db, { role: "EDITOR" })).id, role: "EDITOR" as const };
    await saveArticle({
      actor: editor,
      articleId: article.id,
      save: save(article.version, fields(article.slug, { slug: `${article.slug}-renamed` })),
    });
    expect(await db.redirect.findUnique({ where: { fromSlug: article.slug } })).toMatchObject({
      articleId: article.id,
    });
    void actor;
  });

  it("refuses a reporter editing a submitted story, and another reporter's draft is not found", async () => {
    const { actor, article } = await setup();
    await db.article.update({ where: { id: article.id }, data: { status: "SUBMITTED" } });
    const forbidden = await saveArticle({
      actor,
      articleId: article.id,
      save: save(article.version, fields(article.slug)),
    }).catch((e: AppError) => e.code);
    expect(forbidden).toBe("FORBIDDEN");
    const stranger = await createUser(db);
    const hidden = await saveArticle({
      actor: { id: stranger.id, role: "REPORTER" },
      articleId: article.id,
      save: save(article.version, fields(article.slug)),
    }).catch((e: AppError) => e.code);
    expect(hidden).toBe("NOT_FOUND");
  });

  it("changes tags and bylines together with the text, and a later text-only save keeps them", async () => {
    const { actor, article } = await setup();
    const tag = await db.tag.create({ data: { slug: `tag-${article.id}`, name: "疫情防控" } });
    const contributor = await db.contributor.create({
      data: { slug: `c-${article.id}`, name: "孫曉" },
    });
    const first = await saveArticle({
      actor,
      articleId: article.id,
      save: save(
        article.version,
        fields(article.slug, {
          tagIds: [tag.id],
          bylines: [{ contributorId: contributor.id, role: "CORRESPONDENT" }],
        }),
      ),
    });
    const second = await saveArticle({
      actor,
      articleId: article.id,
      save: save(
        first.version,
        fields(article.slug, {
          tagIds: [tag.id],
          bylines: [{ contributorId: contributor.id, role: "CORRESPONDENT" }],
          body: doc("只改正文。"),
        }),
      ),
    });
    const stored = await db.article.findUniqueOrThrow({
      where: { id: article.id },
      include: { tags: true, bylines: true },
    });
    expect(stored.version).toBe(second.version);
    expect(stored.body).toEqual(doc("只改正文。"));
    expect(stored.tags.map((t) => t.tagId)).toEqual([tag.id]);
    expect(stored.bylines.map((b) => [b.contributorId, b.role])).toEqual([
      [contributor.id, "CORRESPONDENT"],
    ]);
  });
});
