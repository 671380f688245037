import { expect, test } from "@playwright/test";
import { SAMPLE } from "../fixtures/sample";

test.describe("[READER] the sample article", () => {
  test("is listed on the front page and opens from there", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1, name: "Latest news" })).toBeVisible();
    // In its section's list (specs running alongside publish newer stories, which push the
    // 2020 sample out of "Top stories").
    await page
      .getByRole("region", { name: "News" })
      .getByRole("link", { name: SAMPLE.headline })
      .click();
    await expect(page).toHaveURL(new RegExp(`/articles/${SAMPLE.slug}$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(SAMPLE.headline);
  });

  test("shows its headline, dateline, nine body paragraphs and credits, server-rendered", async ({
    page,
  }) => {
    await page.goto(`/articles/${SAMPLE.slug}`);
    const article = page.locator("article");
    await expect(article).toHaveAttribute("lang", "zh-Hant");
    await expect(article.getByRole("heading", { level: 1 })).toHaveText(SAMPLE.headline);
    await expect(article.locator(".article-body > p")).toHaveCount(SAMPLE.paragraphs);
    await expect(article.locator(".article-body > p").first()).toContainText(
      "市新冠肺炎疫情防控工作",
    );
    await expect(article.locator(".article-body > p").last()).toContainText("市疾控中心");
    await expect(article.locator("[data-dateline]")).toHaveText(/^Dateline: 德州/);
    await expect(article.locator("time").first()).toHaveAttribute(
      "datetime",
      "2020-02-12T12:30:00.000Z",
    );

    const credits = article.getByRole("region", { name: "Credits" });
    await expect(credits).toContainText(SAMPLE.credits.producer);
    await expect(credits).toContainText(SAMPLE.credits.reporter);
    await expect(credits).toContainText(SAMPLE.credits.editor);
    // The credit lines are bylines, not body text.
    await expect(article.locator(".article-body")).not.toContainText("記者|王賀");
  });

  test("renders the pinyin annotations as ruby", async ({ page }) => {
    await page.goto(`/articles/${SAMPLE.slug}`);
    const ruby = page.locator(".article-body ruby");
    expect(await ruby.count()).toBeGreaterThan(250);
    const lead = ruby.filter({ hasText: "領" }).first();
    await expect(lead.locator("rt")).toHaveText("lǐng");
    // No annotation is left as raw "字(pīnyīn)" text outside the ruby elements.
    const textOutsideRuby = await page.locator(".article-body").evaluate((body) => {
      const copy = body.cloneNode(true) as HTMLElement;
      copy.querySelectorAll("ruby").forEach((element) => element.remove());
      return copy.textContent ?? "";
    });
    expect(textOutsideRuby).toContain("市新冠肺炎疫情防控工作");
    expect(textOutsideRuby).not.toMatch(/\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/);
  });

  test("the page works without JavaScript", async ({ browser }) => {
    const context = await browser.newContext({
      javaScriptEnabled: false,
      extraHTTPHeaders: { "Accept-Language": "en" },
    });
    const page = await context.newPage();
    await page.goto(`/articles/${SAMPLE.slug}`);
    await expect(page.locator(".article-body > p")).toHaveCount(SAMPLE.paragraphs);
    await context.close();
  });

  test("an unknown slug answers 404 with a page a reader understands", async ({ page }) => {
    const response = await page.goto("/articles/no-such-story");
    expect(response?.status()).toBe(404);
    // Server-rendered, so readers without JavaScript and crawlers see it too.
    expect(await response?.text()).toContain("Page not found");
    await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  });
});
