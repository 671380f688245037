import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import {
  createNewsroom,
  createSection,
  createTag,
  CREDIT_LINE,
  publishStory,
  unpublishStory,
} from "@/lib/testing/publish-story";
import { encodeCursor, parseArticleListQuery } from "./article-query";
import { getApiArticle } from "./get-article";
import { listApiArticles } from "./list-articles";
import { servePublicJson } from "./serve-json";

const ORIGIN = "https://news.example.com";
type Story = Awaited<ReturnType<typeof publishStory>>;
let newsroom: Awaited<ReturnType<typeof createNewsroom>>;
let section: Awaited<ReturnType<typeof createSection>>;
let tag: Awaited<ReturnType<typeof createTag>>;
let stories: Story[];
let gone: Story;

beforeAll(async () => {
  newsroom = await createNewsroom(db);
  section = await createSection(db);
  tag = await createTag(db);
  stories = [];
  for (let index = 0; index < 7; index += 1) {
    stories.push(
      await publishStory(db, newsroom, {
        sectionId: section.id,
        tagIds: index % 2 === 0 ? [tag.id] : [],
        dek: `導語 ${index}`,
      }),
    );
  }
  // Two articles published in the same instant: the id breaks the tie.
  const [first, second] = stories;
  await db.publishedVersion.updateMany({
    where: { id: { in: [first!.liveVersionId!, second!.liveVersionId!] } },
    data: { publishedAt: first!.liveVersion!.publishedAt },
  });
  gone = await publishStory(db, newsroom, { sectionId: section.id, tagIds: [tag.id] });
  await unpublishStory(db, newsroom, gone);
});

afterAll(() => db.$disconnect());

const query = (params: Record<string, string>) =>
  parseArticleListQuery(new URLSearchParams(params));

describe("GET /api/v1/articles", () => {
  it("pages through every published article exactly once, newest first", async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page = await listApiArticles(
        query({ section: section.slug, limit: "2", ...(cursor ? { cursor } : {}) }),
        ORIGIN,
      );
      seen.push(...page.items.map((item) => item.uri));
      cursor = page.next_cursor;
      if (cursor) expect(page.next).toContain(`cursor=${cursor}`);
      pages += 1;
    } while (cursor && pages < 20);
    const expected = stories.map((story) => `${ORIGIN}/api/v1/articles/${story.id}`);
    expect(seen).toHaveLength(expected.length);
    expect(new Set(seen)).toEqual(new Set(expected));
    expect(pages).toBe(4);
    expect(seen).not.toContain(`${ORIGIN}/api/v1/articles/${gone.id}`);
  });

  it("filters by tag (slug or id), contributor (slug or id) and updated_since", async () => {
    const tagged = stories.filter((_, index) => index % 2 === 0).map((story) => story.id);
    for (const value of [tag.slug, tag.id]) {
      const page = await listApiArticles(query({ tag: value, limit: "100" }), ORIGIN);
      expect(page.items.map((item) => item.uri.split("/").at(-1)).sort()).toEqual(tagged.sort());
    }
    const { wangHe } = newsroom.contributors;
    for (const value of [wangHe.slug, wangHe.id]) {
      const page = await listApiArticles(query({ contributor: value, limit: "100" }), ORIGIN);
      expect(page.items).toHaveLength(stories.length);
    }
    const future = await listApiArticles(
      query({ section: section.slug, updated_since: "2999-01-01" }),
      ORIGIN,
    );
    expect(future.items).toEqual([]);
    const past = await listApiArticles(
      query({ section: section.slug, updated_since: "2000-01-01T00:00:00+08:00" }),
      ORIGIN,
    );
    expect(past.items).toHaveLength(stories.length);
  });

  it("refuses parameters out of range with a 400 that names them, never a 500", async () => {
    const bad: [Record<string, string>, string][] = [
      [{ limit: "0" }, "limit"],
      [{ limit: "1000" }, "limit"],
      [{ limit: "ten" }, "limit"],
      [{ limit: "-5" }, "limit"],
      [{ cursor: "not-a-cursor" }, "cursor"],
      [{ cursor: Buffer.from('{"p":"x","v":"y"}').toString("base64url") }, "cursor"],
      [{ cursor: "%%%" }, "cursor"],
      [{ updated_since: "yesterday" }, "updated_since"],
      [{ updated_since: "2026-02-31" }, "updated_since"],
      [{ updated_since: "2026-02-01T10:00" }, "updated_since"],
      [{ section: "no-such-section" }, "section"],
      [{ tag: "no-such-tag" }, "tag"],
      [{ contributor: "00000000-0000-7000-8000-000000000000" }, "contributor"],
      [{ section: "x".repeat(5000) }, "section"],
      [{ tag: "" }, "tag"],
    ];
    for (const [params, field] of bad) {
      const url = `${ORIGIN}/api/v1/articles?${new URLSearchParams(params).toString()}`;
      const response = await servePublicJson(new Request(url), (origin) =>
        listApiArticles(parseArticleListQuery(new URL(url).searchParams), origin),
      );
      expect(response.status, JSON.stringify(params)).toBe(400);
      const body = (await response.json()) as { error: string; message: string; field: string };
      expect(body.error).toBe("INVALID_INPUT");
      expect(body.field).toBe(field);
      expect(body.message).toMatch(new RegExp(field));
    }
  });

  it("a cursor that names an article gone since still pages on", async () => {
    const cursor = encodeCursor({
      publishedAt: gone.liveVersion!.publishedAt,
      versionId: gone.liveVersionId!,
    });
    const page = await listApiArticles(query({ section: section.slug, cursor }), ORIGIN);
    expect(page.items.length).toBeGreaterThan(0);
  });
});

describe("GET /api/v1/articles/<id>", () => {
  it("is an IPTC ninjs 2.1 item with headline, body, byline, people with roles, dateline and subjects", async () => {
    const story = stories[0]!;
    const item = await getApiArticle(story.id, ORIGIN);
    expect(item).toMatchObject({
      uri: `${ORIGIN}/api/v1/articles/${story.id}`,
      standard: { name: "ninjs", version: "2.1" },
      type: "text",
      version: "1",
      pubstatus: "usable",
      language: "zh-Hant",
      firstcreated: story.liveVersion!.publishedAt.toISOString(),
      versioncreated: story.liveVersion!.publishedAt.toISOString(),
      headlines: [{ role: "main", value: story.headline }],
      descriptions: [{ role: "summary", value: "導語 0" }],
      by: CREDIT_LINE,
      located: "德州",
      bodies: [{ role: "main", contenttype: "text/html", value: story.liveVersion!.bodyHtml }],
      people: [
        {
          name: "王賀",
          rel: "reporter",
          uri: `${ORIGIN}/contributors/${newsroom.contributors.wangHe.slug}`,
        },
        { name: "李榕", rel: "editor" },
      ],
      organisations: [{ name: "德州日報新媒體", rel: "producer" }],
      subjects: [
        { name: section.name, rel: "section", uri: `${ORIGIN}/sections/${section.slug}` },
        { name: tag.name, rel: "tag", literal: tag.slug },
      ],
    });
    expect(item.altids).toContainEqual({ role: "url", value: `${ORIGIN}/articles/${story.slug}` });
  });

  it("answers 404 for an unpublished article, a draft, an unknown id and a malformed one", async () => {
    const draftAuthor = newsroom.reporter.id;
    const draft = await db.article.create({
      data: {
        headline: "草稿",
        slug: `draft-${gone.id}`,
        body: { type: "doc", content: [] },
        createdById: draftAuthor,
      },
    });
    for (const id of [
      gone.id,
      draft.id,
      "00000000-0000-7000-8000-000000000000",
      "'; drop table",
      "x".repeat(3000),
    ]) {
      await expect(getApiArticle(id, ORIGIN)).rejects.toSatisfy(
        (error) => error instanceof AppError && error.code === "NOT_FOUND",
      );
      const response = await servePublicJson(new Request(`${ORIGIN}/api/v1/articles/x`), (origin) =>
        getApiArticle(id, origin),
      );
      expect(response.status).toBe(404);
      expect(await response.json()).toMatchObject({ error: "NOT_FOUND" });
    }
  });

  it("sends an ETag and Cache-Control, and 304 for a client holding the same item", async () => {
    const story = stories[1]!;
    const load = (origin: string) => getApiArticle(story.id, origin);
    const first = await servePublicJson(new Request(`${ORIGIN}/api/v1/articles/${story.id}`), load);
    expect(first.status).toBe(200);
    expect(first.headers.get("cache-control")).toBe(
      "public, s-maxage=60, stale-while-revalidate=600",
    );
    expect(first.headers.get("content-type")).toBe("application/json; charset=utf-8");
    const etag = first.headers.get("etag")!;
    const again = await servePublicJson(
      new Request(`${ORIGIN}/api/v1/articles/${story.id}`, { headers: { "if-none-match": etag } }),
      load,
    );
    expect(again.status).toBe(304);
  });
});
