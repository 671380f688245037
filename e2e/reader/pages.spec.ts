import { expect, test } from "@playwright/test";
import { SAMPLE } from "../fixtures/sample";

const ARTICLE = `/articles/${SAMPLE.slug}`;
const SIMPLIFIED_HEADLINE = "市新冠肺炎疫情防控工作领导小组召开会议";

test.describe("[READER] pages, scripts and structured data", () => {
  test("繁/简: the article reads in Simplified at its own URL, with lang, hreflang and canonical", async ({
    page,
  }) => {
    await page.goto(ARTICLE);
    await expect(page.locator("article")).toHaveAttribute("lang", "zh-Hant");
    await page.getByRole("link", { name: "Simplified Chinese" }).click();
    await expect(page).toHaveURL(new RegExp(`${ARTICLE}\\?script=hans$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(SIMPLIFIED_HEADLINE);
    await expect(page.locator("article")).toHaveAttribute("lang", "zh-Hans");
    // Pinyin readings are never converted; the ruby bases are.
    await expect(page.locator(".article-body ruby").first()).toBeVisible();
    await expect(page.locator(".article-body")).toContainText("资金链");
    await expect(page.locator(".article-body")).not.toContainText("資金鏈");
    await expect(page.locator(".article-body rt").first()).toHaveText("lǐng");
    await expect(page.getByRole("region", { name: "Credits" })).toContainText("记者｜王贺");

    const head = page.locator("head");
    await expect(head.locator('link[rel="canonical"]')).toHaveAttribute(
      "href",
      new RegExp(`${ARTICLE}\\?script=hans$`),
    );
    await expect(head.locator('link[hreflang="zh-Hant"]')).toHaveAttribute(
      "href",
      new RegExp(`${ARTICLE}$`),
    );
    await expect(head.locator('link[hreflang="zh-Hans"]')).toHaveAttribute(
      "href",
      new RegExp(`${ARTICLE}\\?script=hans$`),
    );
    await expect(head.locator('link[hreflang="x-default"]')).toHaveAttribute(
      "href",
      new RegExp(`${ARTICLE}$`),
    );
    // Back to the article's own script: the URL without a parameter.
    await page.getByRole("link", { name: "Traditional Chinese" }).click();
    await expect(page).toHaveURL(new RegExp(`${ARTICLE}$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(SAMPLE.headline);
  });

  test("the head carries OpenGraph, a Twitter card and NewsArticle JSON-LD with the fields search engines read", async ({
    page,
  }) => {
    await page.goto(ARTICLE);
    const meta = (selector: string) => page.locator(`head meta[${selector}]`);
    await expect(meta('property="og:type"')).toHaveAttribute("content", "article");
    await expect(meta('property="og:title"')).toHaveAttribute("content", SAMPLE.headline);
    await expect(meta('property="article:published_time"')).toHaveAttribute(
      "content",
      /^2020-02-12T/,
    );
    await expect(meta('name="twitter:card"')).toHaveAttribute("content", "summary");
    await expect(
      page.locator('head link[rel="alternate"][type="application/rss+xml"]'),
    ).toHaveAttribute("href", /\/feed\.xml$/);
    const json = await page.locator('script[type="application/ld+json"]').first().textContent();
    const data = JSON.parse(json!) as Record<string, unknown>;
    expect(data).toMatchObject({
      "@context": "https://schema.org",
      "@type": "NewsArticle",
      headline: SAMPLE.headline,
      inLanguage: "zh-Hant",
      articleSection: "要聞",
      dateline: expect.stringContaining("德州"),
      // The paper's own name in the article's script (the publication settings; starts
      // with it: e2e/site/settings.spec.ts may be renaming it meanwhile); no logo until
      // one is chosen there (public/logo.png says "Galley").
      publisher: { "@type": "Organization", name: expect.stringMatching(/^德州日報/) },
    });
    expect(data.publisher).not.toHaveProperty("logo");
    expect(Date.parse(data.datePublished as string)).not.toBeNaN();
    expect(Date.parse(data.dateModified as string)).not.toBeNaN();
    expect(data.author).toEqual([
      { "@type": "Person", name: "王賀", url: expect.stringMatching(/\/contributors\/wang-he$/) },
    ]);
    expect((data.image as string[])[0]).toMatch(/^https?:\/\//);
  });

  test("a byline leads to the contributor's page, and sections list their articles, without JavaScript", async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(ARTICLE);
    await page.getByRole("region", { name: "Credits" }).getByRole("link", { name: "王賀" }).click();
    await expect(page).toHaveURL(/\/contributors\/wang-he$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("王賀");
    await expect(page.getByRole("link", { name: SAMPLE.headline })).toBeVisible();

    await page
      .getByRole("navigation", { name: "Main navigation" })
      .getByRole("link", { name: "News" })
      .click();
    await expect(page).toHaveURL(/\/sections\/news$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("News");
    await expect(page.getByRole("link", { name: SAMPLE.headline })).toBeVisible();
    // The listing in Simplified.
    await page.getByRole("link", { name: "Simplified Chinese" }).click();
    await expect(page.getByRole("link", { name: SIMPLIFIED_HEADLINE })).toBeVisible();
    await context.close();
  });

  test("printed, the article keeps its text and credits and drops the site's navigation", async ({
    page,
  }) => {
    await page.goto(ARTICLE);
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("navigation", { name: "Main navigation" })).toBeHidden();
    await expect(page.getByRole("search")).toBeHidden();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(SAMPLE.headline);
    await expect(page.locator(".article-body > p")).toHaveCount(SAMPLE.paragraphs);
    await expect(page.getByRole("region", { name: "Credits" })).toBeVisible();
  });

  test("unknown sections, tags and contributors answer 404", async ({ request }) => {
    for (const path of [
      "/sections/nope",
      "/tags/nope",
      "/contributors/nope",
      "/sections/%E0%A4%A",
    ]) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(404);
    }
  });

  test("at 375 px wide nothing scrolls sideways", async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 375, height: 800 } });
    const page = await context.newPage();
    for (const path of [
      "/",
      ARTICLE,
      `${ARTICLE}?script=hans`,
      "/sections/news",
      "/contributors/wang-he",
    ]) {
      await page.goto(path);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
    await context.close();
  });
});
