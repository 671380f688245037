import { describe, expect, it } from "vitest";
import { parseXml } from "@/lib/testing/xml";
import { googleNewsLanguage, renderNewsSitemap, renderRobots, renderSitemap } from "./sitemaps";

describe("sitemaps", () => {
  it("names Chinese the way Google News expects", () => {
    expect(googleNewsLanguage("zh-Hant")).toBe("zh-tw");
    expect(googleNewsLanguage("zh-Hans")).toBe("zh-cn");
    expect(googleNewsLanguage("en")).toBe("en");
  });

  it("writes well-formed urlsets with escaped locations and titles", () => {
    const sitemap = parseXml(
      renderSitemap([
        { loc: "https://x.test/a?b=1&c=2", lastmod: new Date(0) },
        { loc: "https://x.test/" },
      ]),
    ) as { urlset: { url: { loc: string; lastmod?: string }[] } };
    expect(sitemap.urlset.url[0]).toEqual({
      loc: "https://x.test/a?b=1&c=2",
      lastmod: "1970-01-01T00:00:00.000Z",
    });
    expect(sitemap.urlset.url[1]).toEqual({ loc: "https://x.test/" });

    const title = `<script>alert("x")</script> & ]]> 標題`;
    const news = parseXml(
      renderNewsSitemap("Galley", [
        { loc: "https://x.test/articles/a", title, language: "zh-Hans", publishedAt: new Date(0) },
      ]),
    ) as { urlset: { "@xmlns:news": string; url: Record<string, Record<string, unknown>>[] } };
    expect(news.urlset["@xmlns:news"]).toBe("http://www.google.com/schemas/sitemap-news/0.9");
    expect(news.urlset.url[0]?.["news:news"]).toEqual({
      "news:publication": { "news:name": "Galley", "news:language": "zh-cn" },
      "news:publication_date": "1970-01-01T00:00:00.000Z",
      "news:title": title,
    });
  });

  it("closes the newsroom, API, previews and sign-in to crawlers and names both sitemaps", () => {
    const robots = renderRobots({
      sitemap: "https://x.test/sitemap.xml",
      newsSitemap: "https://x.test/news-sitemap.xml",
    });
    for (const line of [
      "Disallow: /newsroom",
      "Disallow: /api/",
      "Disallow: /preview/",
      "Disallow: /login",
    ])
      expect(robots).toContain(line);
    expect(robots).toContain(
      "Sitemap: https://x.test/sitemap.xml\nSitemap: https://x.test/news-sitemap.xml",
    );
  });
});
