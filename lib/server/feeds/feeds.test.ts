import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cacheTags } from "@/lib/cache-tags";
import { db } from "@/lib/db";
import {
  createNewsroom,
  createSection,
  createTag,
  CREDIT_LINE,
  publishStory,
  unique,
  unpublishStory,
} from "@/lib/testing/publish-story";
import { parseXml, textOf } from "@/lib/testing/xml";
import { invalidateLocal } from "../cache/reader-cache";
import { getFeed } from "./get-feed";
import { getNewsSitemap, getSitemap } from "./get-sitemaps";
import { serveFeed } from "./serve";

const ORIGIN = "https://news.example.com";
const HOSTILE = `<script>alert("x")</script> & ]]> 疫情 ${unique()}`;
const DEK = "導語 <b>粗</b> & ]]>\u0008 完";
const BODY_EXTRA = "<p>Legacy ]]> text</p>";

type Story = Awaited<ReturnType<typeof publishStory>>;
type Node = Record<string, unknown>;
let newsroom: Awaited<ReturnType<typeof createNewsroom>>;
let section: Awaited<ReturnType<typeof createSection>>;
let tag: Awaited<ReturnType<typeof createTag>>;
let hostile: Story;
let gone: Story;
let contentHtml: string;

beforeAll(async () => {
  newsroom = await createNewsroom(db);
  section = await createSection(db, "要聞");
  tag = await createTag(db, "防控 & <b>");
  hostile = await publishStory(db, newsroom, {
    headline: HOSTILE,
    dek: DEK,
    text: "正文 <script>alert(1)</script> & 完",
    sectionId: section.id,
    tagIds: [tag.id],
  });
  // The renderer escapes every `>` in text, so a `]]>` reaches bodyHtml only through an
  // older or imported snapshot; feeds must survive it all the same.
  const bodyHtml = `${hostile.liveVersion!.bodyHtml}${BODY_EXTRA}`;
  await db.publishedVersion.update({ where: { id: hostile.liveVersionId! }, data: { bodyHtml } });
  invalidateLocal([cacheTags.feeds, cacheTags.sitemaps]);
  contentHtml = `<p class="credits">${CREDIT_LINE}</p>\n${bodyHtml}`;
  gone = await publishStory(db, newsroom, { headline: `撤稿 ${unique()}`, sectionId: section.id });
  await unpublishStory(db, newsroom, gone);
});

afterAll(() => db.$disconnect());

async function feedText(format: "rss" | "atom" | "json", sectionSlug?: string) {
  const document = await getFeed({
    format,
    origin: ORIGIN,
    ...(sectionSlug ? { sectionSlug } : {}),
  });
  expect(document).not.toBeNull();
  return document!.body;
}

function rssItems(xml: string) {
  const doc = parseXml(xml) as { rss: { "@version": string; channel: Node & { item?: Node[] } } };
  expect(doc.rss["@version"]).toBe("2.0");
  return { channel: doc.rss.channel, items: doc.rss.channel.item ?? [] };
}

function atomEntries(xml: string) {
  const doc = parseXml(xml) as { feed: Node & { entry?: Node[] } };
  expect(doc.feed["@xmlns"]).toBe("http://www.w3.org/2005/Atom");
  return { feed: doc.feed, entries: doc.feed.entry ?? [] };
}

describe("RSS, Atom and JSON Feed", () => {
  it("RSS 2.0 carries the escaped headline, dek, full credits, categories and the whole body", async () => {
    const feeds = [
      { xml: await feedText("rss"), home: `${ORIGIN}/` },
      { xml: await feedText("rss", section.slug), home: `${ORIGIN}/sections/${section.slug}` },
    ];
    for (const { xml, home } of feeds) {
      const { channel, items } = rssItems(xml);
      expect(channel.title).toBeTruthy();
      expect(channel.link).toEqual([home]);
      expect((channel["atom:link"] as Node)["@rel"]).toBe("self");
      expect(channel.description).toBeTruthy();
      const item = items.find((entry) => textOf(entry.guid) === `urn:uuid:${hostile.id}`)!;
      expect(item).toBeDefined();
      expect(item.title).toBe(HOSTILE);
      expect(item.link).toEqual([`${ORIGIN}/articles/${hostile.slug}`]);
      expect(new Date(String(item.pubDate)).getTime()).toBe(
        Math.floor(hostile.liveVersion!.publishedAt.getTime() / 1000) * 1000,
      );
      // The backspace cannot travel in XML; everything else arrives as written.
      expect(item.description).toBe("導語 <b>粗</b> & ]]> 完");
      expect(item["content:encoded"]).toBe(contentHtml);
      expect(item["dc:creator"]).toEqual(["德州日報新媒體", "王賀", "李榕"]);
      expect((item.category as Node[]).map(textOf)).toEqual(["要聞", "防控 & <b>"]);
      expect(xml).not.toContain("<script>");
    }
  });

  it("Atom names writers as authors, editors and producers as contributors, with dates", async () => {
    const { feed, entries } = atomEntries(await feedText("atom", section.slug));
    expect(feed.id).toBe(`${ORIGIN}/sections/${section.slug}`);
    expect(feed.updated).toBeTruthy();
    const entry = entries.find((candidate) => candidate.id === `urn:uuid:${hostile.id}`)!;
    expect(textOf(entry.title)).toBe(HOSTILE);
    expect(textOf(entry.summary)).toBe("導語 <b>粗</b> & ]]> 完");
    expect(textOf(entry.content)).toBe(contentHtml);
    expect(entry.published).toBe(hostile.liveVersion!.publishedAt.toISOString());
    expect(entry.updated).toBe(hostile.liveVersion!.publishedAt.toISOString());
    expect((entry.author as Node[]).map((person) => person.name)).toEqual(["王賀"]);
    expect((entry.author as Node[])[0]?.uri).toBe(
      `${ORIGIN}/contributors/${newsroom.contributors.wangHe.slug}`,
    );
    expect((entry.contributor as Node[]).map((person) => person.name)).toEqual([
      "德州日報新媒體",
      "李榕",
    ]);
    expect((entry.link as Node[])[0]?.["@href"]).toBe(`${ORIGIN}/articles/${hostile.slug}`);
  });

  it("JSON Feed 1.1 parses and carries the credit line and roles", async () => {
    const feed = JSON.parse(await feedText("json")) as {
      version: string;
      feed_url: string;
      items: Node[];
    };
    expect(feed.version).toBe("https://jsonfeed.org/version/1.1");
    expect(feed.feed_url).toBe(`${ORIGIN}/feed.json`);
    const item = feed.items.find((candidate) => candidate.id === `urn:uuid:${hostile.id}`)!;
    expect(item).toMatchObject({
      url: `${ORIGIN}/articles/${hostile.slug}`,
      title: HOSTILE,
      content_html: contentHtml,
      date_published: hostile.liveVersion!.publishedAt.toISOString(),
      authors: [
        {
          name: "德州日報新媒體",
          url: `${ORIGIN}/contributors/${newsroom.contributors.producer.slug}`,
        },
        { name: "王賀", url: `${ORIGIN}/contributors/${newsroom.contributors.wangHe.slug}` },
        { name: "李榕", url: `${ORIGIN}/contributors/${newsroom.contributors.liRong.slug}` },
      ],
      tags: ["要聞", "防控 & <b>"],
      _galley: { credit_line: CREDIT_LINE },
    });
  });

  it("a section feed holds only that section; an unknown section has none", async () => {
    const other = await createSection(db, "經濟");
    const elsewhere = await publishStory(db, newsroom, { sectionId: other.id });
    const { items } = rssItems(await feedText("rss", section.slug));
    expect(items.map((item) => textOf(item.guid))).not.toContain(`urn:uuid:${elsewhere.id}`);
    expect(items.map((item) => textOf(item.guid))).toContain(`urn:uuid:${hostile.id}`);
    expect(
      await getFeed({ format: "rss", origin: ORIGIN, sectionSlug: "no-such-section" }),
    ).toBeNull();
    const response = await serveFeed(
      new Request(`${ORIGIN}/sections/x/feed.xml`),
      "rss",
      "x".repeat(5000),
    );
    expect(response.status).toBe(404);
  });
});

describe("sitemaps", () => {
  it("list home, sections, tags, contributors with published work, and live articles with lastmod", async () => {
    const doc = parseXml((await getSitemap(ORIGIN)).body) as {
      urlset: { "@xmlns": string; url: { loc: string; lastmod?: string }[] };
    };
    expect(doc.urlset["@xmlns"]).toBe("http://www.sitemaps.org/schemas/sitemap/0.9");
    const byLoc = new Map(doc.urlset.url.map((url) => [url.loc, url]));
    expect(byLoc.has(`${ORIGIN}/`)).toBe(true);
    expect(byLoc.get(`${ORIGIN}/sections/${section.slug}`)?.lastmod).toBeTruthy();
    expect(byLoc.has(`${ORIGIN}/tags/${tag.slug}`)).toBe(true);
    for (const contributor of Object.values(newsroom.contributors))
      expect(byLoc.has(`${ORIGIN}/contributors/${contributor.slug}`)).toBe(true);
    expect(byLoc.get(`${ORIGIN}/articles/${hostile.slug}`)?.lastmod).toBe(
      hostile.liveVersion!.publishedAt.toISOString(),
    );
  });

  it("the news sitemap holds the last 48 hours only, with publication, language and title", async () => {
    type News = { urlset: { url?: (Node & { loc: string; "news:news": Node })[] } };
    const now = parseXml((await getNewsSitemap(ORIGIN)).body) as News;
    const entry = now.urlset.url?.find((url) => url.loc === `${ORIGIN}/articles/${hostile.slug}`);
    expect(entry?.["news:news"]).toEqual({
      "news:publication": { "news:name": "Galley", "news:language": "zh-tw" },
      "news:publication_date": hostile.liveVersion!.publishedAt.toISOString(),
      "news:title": HOSTILE,
    });
    const later = new Date(hostile.liveVersion!.publishedAt.getTime() + 48 * 3600_000 + 1000);
    const old = parseXml((await getNewsSitemap(ORIGIN, later)).body) as News;
    expect((old.urlset.url ?? []).map((url) => url.loc)).not.toContain(
      `${ORIGIN}/articles/${hostile.slug}`,
    );
  });
});

describe("an unpublished article", () => {
  it("is in no feed and no sitemap", async () => {
    const documents = [
      await feedText("rss"),
      await feedText("atom"),
      await feedText("json"),
      await feedText("rss", section.slug),
      await feedText("atom", section.slug),
      await feedText("json", section.slug),
      (await getSitemap(ORIGIN)).body,
      (await getNewsSitemap(ORIGIN)).body,
    ];
    for (const body of documents) {
      expect(body).not.toContain(gone.id);
      expect(body).not.toContain(gone.slug);
      expect(body).not.toContain(gone.headline);
    }
  });

  it("leaves feeds that held it once it is taken down", async () => {
    const story = await publishStory(db, newsroom, { sectionId: section.id });
    expect(await feedText("rss", section.slug)).toContain(story.slug);
    expect((await getSitemap(ORIGIN)).body).toContain(story.slug);
    await unpublishStory(db, newsroom, story);
    expect(await feedText("rss", section.slug)).not.toContain(story.slug);
    expect((await getSitemap(ORIGIN)).body).not.toContain(story.slug);
    expect((await getNewsSitemap(ORIGIN)).body).not.toContain(story.slug);
  });
});

describe("HTTP answers", () => {
  it("send Cache-Control and an ETag, and 304 when the client has the same body", async () => {
    const first = await serveFeed(new Request("http://127.0.0.1:3217/feed.xml"), "rss");
    expect(first.status).toBe(200);
    expect(first.headers.get("content-type")).toBe("application/rss+xml; charset=utf-8");
    expect(first.headers.get("cache-control")).toBe(
      "public, s-maxage=60, stale-while-revalidate=600",
    );
    const etag = first.headers.get("etag")!;
    expect(etag).toMatch(/^"[\w-]+"$/);
    // Without GALLEY_PUBLIC_URL, links use the address the request came to.
    expect(await first.text()).toContain(`http://127.0.0.1:3217/articles/${hostile.slug}`);
    const again = await serveFeed(
      new Request("http://127.0.0.1:3217/feed.xml", { headers: { "if-none-match": `W/${etag}` } }),
      "rss",
    );
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
  });
});
