import crypto from "node:crypto";
import { expect, test } from "@playwright/test";
import { createArticle, createUser, FACTORY_PASSWORD } from "../../prisma/factories";
import { signIn } from "../fixtures/auth";
import { e2eBaseUrl } from "../fixtures/config";
import { e2eDb } from "../fixtures/db";
import { publishThroughApi } from "../fixtures/publish";
import { SAMPLE } from "../fixtures/sample";

const db = e2eDb();
test.afterAll(() => db.$disconnect());

const ARTICLE = `/articles/${SAMPLE.slug}`;
const SIMPLIFIED_HEADLINE = "市新冠肺炎疫情防控工作领导小组召开会议";

test.describe("[READER] the reader's 繁/简 choice follows them across the site", () => {
  // Each walks several pages (and signs in); the machine running the suite may be busy.
  test.describe.configure({ timeout: 120_000 });

  test("in 简 the header, tags, sections and contributor pages stay Simplified, names converted", async ({
    page,
    browser,
  }) => {
    const id = crypto.randomBytes(4).toString("hex");
    const editor = await createUser(db, { role: "EDITOR" });
    const section = await db.section.create({
      data: {
        slug: `guoji-${id}`,
        name: "國際關係",
        nameEn: `World ${id}`,
        description: "環境與經濟報導",
      },
    });
    const tag = await db.tag.create({ data: { slug: `xuanju-${id}`, name: "選舉報導" } });
    const writer = await db.contributor.create({
      data: { slug: `writer-${id}`, name: "陳國華", bio: "長期報導環境與經濟議題" },
    });
    const article = await createArticle(db, { createdById: editor.id, status: "APPROVED" });
    await db.article.update({
      where: { id: article.id },
      data: {
        headline: `測試${id}：國際關係報導`,
        sectionId: section.id,
        tags: { create: [{ tagId: tag.id, position: 0 }] },
        bylines: { create: [{ contributorId: writer.id, role: "REPORTER", position: 0 }] },
      },
    });
    await signIn(page, editor.email, FACTORY_PASSWORD);
    await publishThroughApi(page.request, db, article.id, e2eBaseUrl);

    // A reader with a Traditional interface who chose 简 on one article.
    const context = await browser.newContext({
      locale: "zh-TW",
      extraHTTPHeaders: { "Accept-Language": "zh-TW" },
    });
    const reader = await context.newPage();
    await reader.goto(`/articles/${article.slug}?script=hans`);
    await expect(reader.getByRole("heading", { level: 1 })).toHaveText(`测试${id}：国际关系报导`);
    const tagLink = reader.getByRole("link", { name: "选举报导" });
    await expect(tagLink).toHaveAttribute("href", `/tags/${tag.slug}?script=hans`);

    // The header's links carry the choice, and name the sections in Simplified.
    const nav = reader.getByRole("navigation", { name: "主導覽" });
    const sectionLink = nav.getByRole("link", { name: "国际关系", exact: true });
    await expect(sectionLink).toHaveAttribute("href", `/sections/${section.slug}?script=hans`);
    await sectionLink.click();
    await expect(reader).toHaveURL(new RegExp(`/sections/${section.slug}\\?script=hans$`));
    await expect(reader.getByRole("heading", { level: 1 })).toHaveText("国际关系");
    await expect(reader.getByText("环境与经济报导")).toBeVisible();
    await expect(reader).toHaveTitle(/^国际关系/);

    // A header link again: still 简.
    await nav.getByRole("link", { name: "首頁", exact: true }).click();
    await expect(reader).toHaveURL(/\/\?script=hans$/);

    // The tag and the contributor: names and bio converted.
    await reader.goto(`/articles/${article.slug}?script=hans`);
    await reader.getByRole("link", { name: "选举报导" }).click();
    await expect(reader.getByRole("heading", { level: 1 })).toHaveText("选举报导");
    await reader.goto(`/articles/${article.slug}?script=hans`);
    await reader
      .getByRole("region", { name: "署名" })
      .getByRole("link", { name: "陈国华" })
      .click();
    await expect(reader).toHaveURL(new RegExp(`/contributors/${writer.slug}\\?script=hans$`));
    await expect(reader.getByRole("heading", { level: 1 })).toHaveText("陈国华");
    await expect(reader.getByText("长期报导环境与经济议题")).toBeVisible();

    // Searching from the header keeps the choice too.
    const search = reader.getByRole("search");
    await search.getByRole("searchbox").fill("国际关系");
    await search.getByRole("button").click();
    await expect(reader).toHaveURL(/\/search\?q=.*script=hans|\/search\?script=hans.*q=/);
    await expect(reader.getByRole("link", { name: `测试${id}：国际关系报导` })).toHaveAttribute(
      "href",
      `/articles/${article.slug}?script=hans`,
    );
    await context.close();
  });

  test("a zh-CN browser reads a Traditional article in Simplified; ?script wins; crawlers get its own script", async ({
    browser,
  }) => {
    const context = await browser.newContext({
      locale: "zh-CN",
      extraHTTPHeaders: { "Accept-Language": "zh-CN,zh;q=0.9" },
    });
    const page = await context.newPage();
    await page.goto(ARTICLE);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(SIMPLIFIED_HEADLINE);
    await expect(page.locator("article")).toHaveAttribute("lang", "zh-Hans");
    // The canonical URL names the script shown, so the bare URL is never a duplicate of it.
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
      "href",
      `${e2eBaseUrl}${ARTICLE}?script=hans`,
    );
    // 繁 is one click away, and an explicit choice wins over the browser's language.
    await page.getByRole("link", { name: "繁体中文" }).click();
    await expect(page).toHaveURL(new RegExp(`${ARTICLE}\\?script=hant$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(SAMPLE.headline);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
      "href",
      `${e2eBaseUrl}${ARTICLE}`,
    );
    await context.close();

    // Both of these get the Simplified UI, but only the zh-CN reader asked for Chinese: a
    // crawler (no Accept-Language) and a French browser read the article's own script,
    // however the page cache was filled before them.
    const cases: [Record<string, string>, string][] = [
      [{}, SAMPLE.headline],
      [{ "accept-language": "fr" }, SAMPLE.headline],
      [{ "accept-language": "zh-CN" }, SIMPLIFIED_HEADLINE],
    ];
    for (const [headers, headline] of cases) {
      const html = await (await fetch(`${e2eBaseUrl}${ARTICLE}`, { headers })).text();
      expect(/<h1[^>]*>([^<]*)<\/h1>/.exec(html)?.[1], JSON.stringify(headers)).toBe(headline);
    }
  });
});
