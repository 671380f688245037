import { expect, test } from "@playwright/test";

test.describe("[I18N] UI languages", () => {
  test("follows Accept-Language: English, Traditional, Simplified by default", async ({
    browser,
  }) => {
    for (const [header, home, lang] of [
      ["en", "Home", "en"],
      ["zh-TW,zh;q=0.9", "首頁", "zh-Hant"],
      ["zh-CN", "首页", "zh-Hans"],
      ["fr", "首页", "zh-Hans"],
    ] as const) {
      // Chromium sends its locale as Accept-Language, so both are set.
      const context = await browser.newContext({
        locale: header.split(",")[0],
        extraHTTPHeaders: { "Accept-Language": header },
      });
      const page = await context.newPage();
      await page.goto("/");
      await expect(page.locator("html")).toHaveAttribute("lang", lang);
      await expect(
        page.getByRole("navigation").getByRole("link", { name: home, exact: true }),
      ).toBeVisible();
      await context.close();
    }
  });

  test("the switcher changes the language and remembers it, without JavaScript", async ({
    browser,
  }) => {
    const context = await browser.newContext({
      javaScriptEnabled: false,
      extraHTTPHeaders: { "Accept-Language": "en" },
    });
    const page = await context.newPage();
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1, name: "Latest news" })).toBeVisible();
    await page.getByRole("button", { name: "繁體中文" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "最新新聞" })).toBeVisible();
    await page.goto("/login");
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-Hant");
    await expect(page.getByRole("heading", { level: 1, name: "登入編輯部" })).toBeVisible();
    await page.goto("/");
    await page.getByRole("button", { name: "English" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Latest news" })).toBeVisible();
    await context.close();
  });
});
