import type http from "node:http";
import { describe, expect, it } from "vitest";
import { READER_ROUTES } from "../reader-routes";
import { isCacheable, localeOf, normalisedTarget, tagsForPath } from "./page-key";

/** Only the fields these functions read; they take Node's request type. */
const request = (headers: http.IncomingHttpHeaders = {}, method = "GET") =>
  ({ method, headers }) as http.IncomingMessage;
const target = (path: string) => normalisedTarget(new URL(path, "http://galley.test"));

describe("the page cache's key", () => {
  it("keeps only the parameters the route reads, in the route table's order", () => {
    expect(target("/articles/a?utm_source=x&after=1&cursor=2&script=hans")).toBe(
      "/articles/a?script=hans",
    );
    // Live coverage's "Older updates" pages are pages of their own.
    expect(target("/articles/a?older=0193&script=hans&after=1")).toBe(
      "/articles/a?script=hans&older=0193",
    );
    expect(target("/sections/world?after=abc&foo=1&script=hant")).toBe(
      "/sections/world?script=hant&after=abc",
    );
    expect(target("/search?after=c&q=%E5%8F%B0%E9%A2%A8&script=hans")).toBe(
      "/search?script=hans&q=%E5%8F%B0%E9%A2%A8&after=c",
    );
    expect(target("/?q=x&after=y")).toBe("/");
  });

  it("drops `cursor`, which no page reads, and empty values", () => {
    expect(target("/tags/t?cursor=abc&script=")).toBe("/tags/t");
  });

  it("cuts a very long search query rather than keying on all of it", () => {
    expect(target(`/search?q=${"字".repeat(5_000)}`)).toBe(
      `/search?${new URLSearchParams({ q: "字".repeat(1_000) })}`,
    );
  });

  it("lets every reader page keep the reader's 繁/简 choice", () => {
    for (const route of Object.values(READER_ROUTES)) expect(route.params).toContain("script");
  });

  it("is per UI locale: the switcher's cookie first, then Accept-Language", () => {
    expect(localeOf(request({ "accept-language": "en-GB,en;q=0.8" }))).toBe("en");
    expect(localeOf(request({ "accept-language": "zh-TW" }))).toBe("zh-Hant");
    expect(localeOf(request({}))).toBe("zh-Hans");
    expect(
      localeOf(request({ "accept-language": "en", cookie: "a=b; galley-locale=zh-Hant" })),
    ).toBe("zh-Hant");
    expect(localeOf(request({ "accept-language": "en", cookie: "galley-locale=fr" }))).toBe("en");
  });
});

describe("which requests the page cache answers", () => {
  it("answers reader pages, with or without a trailing slash", () => {
    for (const path of ["/", "/articles/a", "/articles/a/", "/sections/s", "/tags/t"])
      expect(isCacheable(request(), path), path).toBe(true);
    for (const path of ["/contributors/c", "/search", "/search/"])
      expect(isCacheable(request(), path), path).toBe(true);
  });

  it("leaves everything else to Next", () => {
    const others = ["/newsroom", "/articles", "/articles/a/b", "/preview/x", "/api/v1/articles"];
    for (const path of [...others, "/sitemap.xml", "/sections/s/feed.xml", "/gone"])
      expect(isCacheable(request(), path), path).toBe(false);
    expect(isCacheable(request({}, "POST"), "/")).toBe(false);
  });

  it("bypasses signed-in readers, not a cookie that merely mentions the name", () => {
    expect(isCacheable(request({ cookie: "galley.session=abc" }), "/")).toBe(false);
    expect(isCacheable(request({ cookie: "__Secure-galley.session=abc" }), "/")).toBe(false);
    expect(isCacheable(request({ cookie: "x=galley.session" }), "/")).toBe(true);
  });
});

describe("the tags a cached page listens to", () => {
  it("drops an article page with its slug, every other page with any publication", () => {
    expect(tagsForPath("/articles/%E5%8F%B0%E9%A2%A8")).toEqual([
      "slug:台風",
      "publication",
      "sections",
    ]);
    for (const path of ["/", "/sections/s", "/tags/t", "/search"])
      expect(tagsForPath(path)).toEqual(["home", "publication", "sections"]);
    // A contributor's page also drops with a change to that profile, by its address.
    expect(tagsForPath("/contributors/%E7%8E%8B")).toEqual([
      "home",
      "publication",
      "sections",
      "contributor-page:王",
    ]);
    expect(tagsForPath("/articles/%E5%8F")).toEqual(["home"]);
  });

  it("drops every page when the publication's settings change (its name is on each)", () => {
    for (const path of ["/", "/articles/a", "/sections/s", "/tags/t", "/contributors/c", "/search"])
      expect(tagsForPath(path)).toContain("publication");
  });

  it("drops every page when a section changes (the navigation is on each)", () => {
    for (const path of ["/", "/articles/a", "/sections/s", "/tags/t", "/contributors/c", "/search"])
      expect(tagsForPath(path)).toContain("sections");
  });
});
