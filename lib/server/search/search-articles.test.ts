import crypto from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { createArticle, createUser } from "@/prisma/factories";
import { buildSampleArticle } from "@/prisma/seed/sample-article";
import { addCorrection } from "../articles/add-correction";
import { transitionArticle } from "../articles/transition-article";
import { searchArticles, type SearchHit } from "./search-articles";

afterAll(() => db.$disconnect());

const paragraph = (text: string) => ({
  type: "doc",
  content: [{ type: "paragraph", content: [{ type: "text", text }] }],
});

/** A word no other test's article contains. */
const uniqueWord = () => `zq${crypto.randomBytes(5).toString("hex")}`;

async function publish(fields: { headline: string; dek?: string; body: unknown }) {
  const [reporter, editor] = await Promise.all([
    createUser(db),
    createUser(db, { role: "EDITOR" }),
  ]);
  const created = await createArticle(db, { createdById: reporter.id, status: "APPROVED" });
  const article = await db.article.update({
    where: { id: created.id },
    data: {
      headline: fields.headline,
      dek: fields.dek ?? null,
      body: fields.body as Prisma.InputJsonValue,
    },
  });
  const actor = { id: editor.id, role: "EDITOR" as const };
  const published = await transitionArticle({
    actor,
    articleId: article.id,
    transition: "publish",
    version: article.version,
  });
  return { id: article.id, actor, version: published.version };
}

/** Every hit for `q`, following "More results" to the end. */
async function searchAll(q: string): Promise<SearchHit[]> {
  const hits: SearchHit[] = [];
  let after: string | null = null;
  for (let page = 0; page < 100; page++) {
    const result = await searchArticles({ q, after, limit: 25 });
    hits.push(...result.items);
    if (!result.next) return hits;
    after = result.next;
  }
  throw new Error("too many pages");
}

describe("searchArticles", () => {
  it("finds a published Traditional article by 疫情, by 防控 and by the Simplified 复工, with the match marked", async () => {
    const sample = buildSampleArticle();
    const tag = uniqueWord();
    const { id } = await publish({
      headline: `${sample.headline} ${tag}`,
      dek: sample.dek,
      body: sample.doc,
    });
    for (const q of ["疫情", "防控", "复工", "復工", `${tag} 复工`]) {
      const hit = (await searchAll(q)).find((item) => item.id === id);
      expect(hit, q).toBeDefined();
    }
    const [hit] = (await searchArticles({ q: `复工 ${tag}` })).items;
    expect(hit?.id).toBe(id);
    expect(hit?.language).toBe("zh-Hant");
    expect(hit?.snippet.filter((part) => part.isMatch).map((part) => part.text)).toContain("復工");
    expect(hit?.headline.filter((part) => part.isMatch).map((part) => part.text)).toEqual([tag]);
  });

  it("finds by one character, and by a mixed-language, mixed-script query", async () => {
    const tag = uniqueWord();
    const { id } = await publish({
      headline: `德州 ${tag} 報道`,
      body: paragraph("Factories in Dezhou are restarting production. 企業復工復產。"),
    });
    expect((await searchArticles({ q: tag })).items.map((hit) => hit.id)).toEqual([id]);
    expect((await searchAll("州")).map((hit) => hit.id)).toContain(id);
    const mixed = await searchArticles({ q: `${tag} restart 复工復產` });
    expect(mixed.items.map((hit) => hit.id)).toEqual([id]);
    expect((await searchArticles({ q: `${tag} 不存在的词` })).items).toEqual([]);
  });

  it("never finds an unpublished article", async () => {
    const tag = uniqueWord();
    const { id, actor, version } = await publish({
      headline: `撤稿 ${tag}`,
      body: paragraph("正文"),
    });
    expect((await searchArticles({ q: tag })).items.map((hit) => hit.id)).toEqual([id]);
    await transitionArticle({ actor, articleId: id, transition: "unpublish", version });
    expect((await searchArticles({ q: tag })).items).toEqual([]);
    expect((await searchArticles({ q: "撤稿" })).items.map((hit) => hit.id)).not.toContain(id);
  });

  it("ranks a headline match above a body-only match", async () => {
    const tag = uniqueWord();
    const inBody = await publish({
      headline: "無關標題",
      body: paragraph(`正文提到 ${tag} 兩次：${tag}。`),
    });
    const inHeadline = await publish({ headline: `標題 ${tag}`, body: paragraph("正文。") });
    const { items } = await searchArticles({ q: tag });
    expect(items.map((hit) => hit.id)).toEqual([inHeadline.id, inBody.id]);
  });

  it("pages with a keyset cursor: every match once, none twice", async () => {
    const tag = uniqueWord();
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      ids.push((await publish({ headline: `第${i}篇 ${tag}`, body: paragraph("正文。") })).id);
    }
    const first = await searchArticles({ q: tag, limit: 2 });
    expect(first.items).toHaveLength(2);
    expect(first.next).toEqual(expect.any(String));
    const seen: string[] = [];
    let page: typeof first | null = first;
    while (page) {
      seen.push(...page.items.map((hit) => hit.id));
      page = page.next ? await searchArticles({ q: tag, after: page.next, limit: 2 }) : null;
    }
    expect(seen.toSorted()).toEqual(ids.toSorted());

    // Ranking only the newest two: the rest follow newest first, across page boundaries.
    for (const limit of [1, 2, 3, 10]) {
      const order: string[] = [];
      let after: string | null = null;
      do {
        const result: Awaited<ReturnType<typeof searchArticles>> = await searchArticles({
          q: tag,
          after,
          limit,
          candidates: 2,
        });
        order.push(...result.items.map((hit) => hit.id));
        after = result.next;
      } while (after);
      expect(order, `limit ${limit}`).toEqual(ids.toReversed());
    }
  });

  it("cuts a query over 200 characters instead of failing", async () => {
    const tag = uniqueWord();
    const { id } = await publish({ headline: `長查詢 ${tag}`, body: paragraph("正文。") });
    const q = `${tag} ${"x".repeat(300)}`;
    const result = await searchArticles({ q });
    expect(Array.from(result.query)).toHaveLength(200);
    // The cut query still has the tag and a 188-letter word, which nothing contains.
    expect(result.items).toEqual([]);
    const cutAfterTag = `${tag} ${"疫".repeat(10)}${" ".repeat(300)}x`;
    expect((await searchArticles({ q: cutAfterTag })).query).toBe(`${tag} ${"疫".repeat(10)}`);
    expect(
      (await searchArticles({ q: `${tag}${" ".repeat(300)}zzz` })).items.map((h) => h.id),
    ).toEqual([id]);
  });

  it("answers blank queries, odd Unicode and forged cursors without throwing", async () => {
    expect(await searchArticles({ q: "" })).toEqual({ query: "", items: [], next: null });
    expect((await searchArticles({ q: "，。！" })).items).toEqual([]);
    for (const q of [
      "\u0000",
      "\ud800",
      "😀",
      "e\u0301",
      "'",
      "\\",
      "a & b | !c",
      "'x':*",
      "ＡＢＣ",
    ]) {
      await expect(searchArticles({ q }), q).resolves.toMatchObject({ items: expect.any(Array) });
    }
    for (const after of [
      "garbage",
      "r_1_2_not-a-uuid",
      `r_NaN_1_${crypto.randomUUID()}`,
      "t_99999999999999_x",
    ]) {
      await expect(searchArticles({ q: "疫情", after }), after).resolves.toBeDefined();
    }
  });

  it("finds an article by its correction, added after publishing and kept through a publish update", async () => {
    const word = uniqueWord();
    const { id, actor, version } = await publish({
      headline: "港口復工首日",
      body: paragraph("碼頭工人今日復工。"),
    });
    expect((await searchAll(word)).map((hit) => hit.id)).not.toContain(id);

    await addCorrection({
      actor,
      articleId: id,
      correction: { text: `本文早前把碼頭名稱誤寫，應為 ${word} 碼頭。`, correctedAt: new Date() },
    });
    const found = (await searchAll(word)).find((hit) => hit.id === id);
    expect(found).toBeDefined();
    // The snippet shows the correction's words, the match marked.
    expect(found!.snippet.filter((part) => part.isMatch).map((part) => part.text)).toContain(word);

    // A publish update writes a new search document: the correction is still in it.
    await transitionArticle({ actor, articleId: id, transition: "publish-update", version });
    expect((await searchAll(word)).map((hit) => hit.id)).toContain(id);
  });
});
