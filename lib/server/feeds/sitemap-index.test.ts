import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as getSitemapRoute } from "@/app/sitemaps/[page]/route";
import { cacheTags } from "@/lib/cache-tags";
import { db } from "@/lib/db";
import { createNewsroom, publishStory } from "@/lib/testing/publish-story";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/test-database";
import { parseXml } from "@/lib/testing/xml";
import { invalidateLocal } from "../cache/reader-cache";
import { getSitemap, getSitemapPage, SITEMAP_PAGE_SIZE } from "./get-sitemaps";

const ORIGIN = "https://news.example.com";
type Link = { "@hreflang": string; "@href": string };
type UrlSet = { urlset: { url: { loc: string; "xhtml:link"?: Link[] }[] } };
type Index = { sitemapindex: { sitemap: { loc: string; lastmod: string }[] } };

// Its own database: tens of thousands of live articles would change every other test's sitemap.
let database: TestDatabase;
let story: Awaited<ReturnType<typeof publishStory>>;

beforeAll(async () => {
  database = await createTestDatabase(process.env.TEST_SERVER_URL!);
  process.env.DATABASE_URL = database.url;
  story = await publishStory(db, await createNewsroom(db));
}, 180_000);

afterAll(async () => {
  await db.$disconnect();
  await database.drop();
});

/** `count` live articles, alternately Traditional and English, published before `story`. */
async function insertLiveArticles(count: number) {
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  // One round trip of plain SQL: row by row through Prisma would take minutes.
  await client.query(`begin;
    create temporary table bulk on commit drop as
      select gen_random_uuid() as article, gen_random_uuid() as version, n,
             (case when n % 2 = 0 then 'zh-Hant' else 'en' end)::"Language" as language,
             timestamp '2020-01-01' + n * interval '1 minute' as at
        from generate_series(1, ${Number(count)}) as n;
    insert into "Article" (id, headline, slug, body, "createdById", "updatedAt", status,
        language, "publishedAt")
      select article, 'Bulk ' || n, 'bulk-' || n, '{}', '${story.createdById}', at,
             'PUBLISHED', language, at from bulk;
    insert into "PublishedVersion" (id, "articleId", number, headline, slug, language,
        bylines, body, "bodyHtml", "publishedAt")
      select version, article, 1, 'Bulk ' || n, 'bulk-' || n, language, '[]', '{}', '', at
        from bulk;
    update "Article" a set "liveVersionId" = b.version from bulk b where a.id = b.article;
    commit;`);
  await client.end();
  invalidateLocal([cacheTags.sitemaps]);
}

const articleUrl = (slug: string) => `${ORIGIN}/articles/${encodeURIComponent(slug)}`;

describe("the sitemap index", () => {
  it("is not needed below 45,000 articles: one sitemap, with the other script as an alternate", async () => {
    const doc = parseXml((await getSitemap(ORIGIN)).body) as UrlSet;
    const entry = doc.urlset.url.find((url) => url.loc === articleUrl(story.slug));
    expect(entry?.["xhtml:link"]).toEqual([
      expect.objectContaining({ "@hreflang": "zh-Hant", "@href": articleUrl(story.slug) }),
      expect.objectContaining({
        "@hreflang": "zh-Hans",
        "@href": `${articleUrl(story.slug)}?script=hans`,
      }),
      expect.objectContaining({ "@hreflang": "x-default", "@href": articleUrl(story.slug) }),
    ]);
    expect(await getSitemapPage(ORIGIN, 1)).toBeNull();
  });

  it("past 45,000 articles lists pages of at most 45,000 URLs holding every article once", async () => {
    await insertLiveArticles(SITEMAP_PAGE_SIZE); // with the story: 45,001 live articles
    const index = parseXml((await getSitemap(ORIGIN)).body) as Index;
    expect(index.sitemapindex.sitemap.map((sitemap) => sitemap.loc)).toEqual([
      `${ORIGIN}/sitemaps/1.xml`,
      `${ORIGIN}/sitemaps/2.xml`,
    ]);
    const locs: string[] = [];
    const pages: UrlSet[] = [];
    for (const page of [1, 2]) {
      const response = await getSitemapRoute(new Request(`${ORIGIN}/sitemaps/${page}.xml`), {
        params: Promise.resolve({ page: `${page}.xml` }),
      });
      expect(response.status).toBe(200);
      const doc = parseXml(await response.text()) as UrlSet;
      expect(doc.urlset.url.length).toBeLessThanOrEqual(SITEMAP_PAGE_SIZE);
      locs.push(...doc.urlset.url.map((url) => url.loc));
      pages.push(doc);
    }
    const articles = locs.filter((loc) => loc.startsWith(`${ORIGIN}/articles/`));
    expect(articles).toHaveLength(SITEMAP_PAGE_SIZE + 1);
    expect(new Set(locs).size).toBe(locs.length);
    expect(locs[0]).toBe(`${ORIGIN}/`);
    // Oldest first, so the newest story (and only it) moves the last page's lastmod.
    expect(locs.at(-1)).toBe(articleUrl(story.slug));
    expect(index.sitemapindex.sitemap[1]!.lastmod).toBe(
      story.liveVersion!.publishedAt.toISOString(),
    );
    const traditional = pages[0]!.urlset.url.find((url) => url.loc === articleUrl("bulk-2"));
    expect(traditional?.["xhtml:link"]?.[1]?.["@href"]).toBe(`${articleUrl("bulk-2")}?script=hans`);
    const english = pages[0]!.urlset.url.find((url) => url.loc === articleUrl("bulk-1"));
    expect(english?.["xhtml:link"]).toBeUndefined();
  }, 120_000);

  it("answers 404 for a page past the end or a name that is not a page", async () => {
    for (const name of ["3.xml", "0.xml", "1.json", "x.xml"]) {
      const response = await getSitemapRoute(new Request(`${ORIGIN}/sitemaps/${name}`), {
        params: Promise.resolve({ page: name }),
      });
      expect(response.status, name).toBe(404);
    }
  });
});
