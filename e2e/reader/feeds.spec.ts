import { expect, test, type APIRequestContext } from "@playwright/test";
import { parseXml, textOf } from "../../lib/testing/xml";
import { SAMPLE } from "../fixtures/sample";

const CACHE_CONTROL = "public, s-maxage=60, stale-while-revalidate=600";
const CREDITS = Object.values(SAMPLE.credits);

/** GETs `path`, checks status, type and caching headers, and that its ETag answers 304. */
async function fetchDocument(request: APIRequestContext, path: string, contentType: string) {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  expect(response.headers()["content-type"]).toBe(contentType);
  expect(response.headers()["cache-control"]).toBe(CACHE_CONTROL);
  const etag = response.headers()["etag"];
  expect(etag, `${path} has an ETag`).toMatch(/^"[\w-]+"$/);
  const again = await request.get(path, { headers: { "if-none-match": etag! } });
  expect(again.status(), `${path} with If-None-Match`).toBe(304);
  return response.text();
}

test.describe("[READER] feeds, sitemaps and the content API", () => {
  test("robots.txt closes the newsroom and names both sitemaps", async ({ request }) => {
    const text = await fetchDocument(request, "/robots.txt", "text/plain; charset=utf-8");
    expect(text).toContain("Disallow: /newsroom");
    expect(text).toContain("Disallow: /api/");
    expect(text).toContain("Disallow: /preview/");
    expect(text).toMatch(/^Sitemap: http\S+\/sitemap\.xml$/m);
    expect(text).toMatch(/^Sitemap: http\S+\/news-sitemap\.xml$/m);
  });

  test("the sitemap lists the sample article, its section and its contributors", async ({
    request,
  }) => {
    const xml = await fetchDocument(request, "/sitemap.xml", "application/xml; charset=utf-8");
    const doc = parseXml(xml) as { urlset: { url: { loc: string; lastmod?: string }[] } };
    const locs = doc.urlset.url.map((url) => url.loc);
    const article = doc.urlset.url.find((url) => url.loc.endsWith(`/articles/${SAMPLE.slug}`));
    expect(article?.lastmod).toBe("2020-02-12T12:30:00.000Z");
    expect(locs.some((loc) => loc.endsWith("/sections/news"))).toBe(true);
    expect(locs.some((loc) => loc.endsWith("/contributors/wang-he"))).toBe(true);
  });

  test("the news sitemap is Google News XML (the 2020 sample is too old for it)", async ({
    request,
  }) => {
    const xml = await fetchDocument(request, "/news-sitemap.xml", "application/xml; charset=utf-8");
    const doc = parseXml(xml) as { urlset: Record<string, unknown> };
    expect(doc.urlset["@xmlns:news"]).toBe("http://www.google.com/schemas/sitemap-news/0.9");
    expect(xml).not.toContain(SAMPLE.slug);
  });

  for (const prefix of ["", "/sections/news"]) {
    test(`RSS, Atom and JSON Feed at ${prefix || "the site root"} carry the sample with its credits`, async ({
      request,
    }) => {
      const rss = await fetchDocument(
        request,
        `${prefix}/feed.xml`,
        "application/rss+xml; charset=utf-8",
      );
      const channel = (parseXml(rss) as { rss: { channel: { item?: Record<string, unknown>[] } } })
        .rss.channel;
      const atom = await fetchDocument(
        request,
        `${prefix}/atom.xml`,
        "application/atom+xml; charset=utf-8",
      );
      const feed = (parseXml(atom) as { feed: { entry?: Record<string, unknown>[] } }).feed;
      const json = JSON.parse(
        await fetchDocument(request, `${prefix}/feed.json`, "application/feed+json; charset=utf-8"),
      ) as { version: string; items: { title: string; content_html: string }[] };
      expect(json.version).toBe("https://jsonfeed.org/version/1.1");
      // The site feeds hold the newest 50 articles; other specs publish too, so the 2020
      // sample is checked where it must be: its section's feeds.
      if (!prefix) return;
      const item = channel.item?.find((entry) => entry.title === SAMPLE.headline);
      expect(item, "the sample in RSS").toBeDefined();
      expect(item!["dc:creator"]).toEqual(expect.arrayContaining(["王賀", "李榕"]));
      for (const credit of CREDITS) expect(String(item!["content:encoded"])).toContain(credit);
      const entry = feed.entry?.find((candidate) => textOf(candidate.title) === SAMPLE.headline);
      expect(entry, "the sample in Atom").toBeDefined();
      for (const credit of CREDITS) expect(textOf(entry!.content)).toContain(credit);
      const jsonItem = json.items.find((candidate) => candidate.title === SAMPLE.headline);
      for (const credit of CREDITS) expect(jsonItem?.content_html).toContain(credit);
    });
  }

  test("an unknown section has no feed", async ({ request }) => {
    expect((await request.get("/sections/no-such-section/feed.xml")).status()).toBe(404);
  });

  test("the content API lists the sample and serves it as a ninjs item", async ({ request }) => {
    const list = await fetchDocument(
      request,
      "/api/v1/articles?section=news&limit=100",
      "application/json; charset=utf-8",
    );
    const page = JSON.parse(list) as { items: { uri: string; slugline: string }[] };
    const listed = page.items.find((item) => item.slugline === SAMPLE.slug);
    expect(listed, "the sample in the list").toBeDefined();
    const path = new URL(listed!.uri).pathname;
    const item = JSON.parse(
      await fetchDocument(request, path, "application/json; charset=utf-8"),
    ) as Record<string, unknown> & { headlines: { value: string }[]; by: string };
    expect(item.headlines[0]?.value).toBe(SAMPLE.headline);
    for (const credit of CREDITS) expect(item.by).toContain(credit);
    expect(item).toMatchObject({ language: "zh-Hant", located: expect.stringContaining("德州") });

    const bad = await request.get("/api/v1/articles?limit=1000");
    expect(bad.status()).toBe(400);
    expect(await bad.json()).toMatchObject({ error: "INVALID_INPUT", message: expect.any(String) });
    const missing = await request.get("/api/v1/articles/00000000-0000-7000-8000-000000000000");
    expect(missing.status()).toBe(404);
  });
});
