import { expect, test, type Page } from "@playwright/test";
import { SAMPLE } from "../fixtures/sample";

/** Searches from the site header, as a reader does. */
async function searchFromHeader(page: Page, q: string) {
  await page.goto("/");
  const form = page.getByRole("search", { name: "Search" });
  await form.getByRole("searchbox", { name: "Search" }).fill(q);
  await form.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/\/search\?q=/);
}

/** The sample article's entry in the results, with its highlighted snippet. */
function sampleResult(page: Page) {
  return page
    .getByRole("listitem")
    .filter({ has: page.getByRole("link", { name: SAMPLE.headline }) })
    .first();
}

test.describe("[SEARCH] reader search", () => {
  test("the header search finds the Traditional sample article by the Simplified 复工, match marked", async ({
    page,
  }) => {
    await searchFromHeader(page, "复工");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Results for “复工”");
    const result = sampleResult(page);
    await expect(result).toBeVisible();
    await expect(result).toHaveAttribute("lang", "zh-Hant");
    // The snippet marks the words as the article writes them.
    await expect(result.locator("mark").first()).toHaveText("復工");
    await result.getByRole("link", { name: SAMPLE.headline }).click();
    await expect(page).toHaveURL(new RegExp(`/articles/${SAMPLE.slug}$`));
  });

  test("finds it by 疫情 and by 防控 too, and says so when nothing matches", async ({ page }) => {
    for (const q of ["疫情", "防控"]) {
      await page.goto(`/search?q=${encodeURIComponent(q)}`);
      await expect(sampleResult(page)).toBeVisible();
    }
    await page.goto(`/search?q=${encodeURIComponent("量子糾纏 zzyzx")}`);
    await expect(page.getByText("No results", { exact: true })).toBeVisible();
  });

  test("works with JavaScript turned off", async ({ browser }) => {
    const context = await browser.newContext({
      javaScriptEnabled: false,
      extraHTTPHeaders: { "Accept-Language": "en" },
    });
    const page = await context.newPage();
    await searchFromHeader(page, "复工");
    await expect(sampleResult(page).locator("mark").first()).toHaveText("復工");
    await context.close();
  });

  test("asks for a query when there is none", async ({ page }) => {
    const response = await page.goto("/search");
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1, name: "Search" })).toBeVisible();
    await expect(page.getByText(/Search the published articles/)).toBeVisible();
  });

  test("a 300-character query answers 200, cut to 200 characters", async ({ page }) => {
    const response = await page.goto(`/search?q=${encodeURIComponent("复工".repeat(150))}`);
    expect(response?.status()).toBe(200);
    await expect(page.getByText(/only the first 200 were searched/)).toBeVisible();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      `Results for “${"复工".repeat(100)}”`,
    );
  });

  test("odd input never fails the page", async ({ page }) => {
    for (const q of ["%00", "%ED%A0%80", "%F0%9F%98%80", "%27%5C%3A*", "a%26b%7C!c", "%EF%BC%A1"]) {
      const response = await page.goto(`/search?q=${q}&after=garbage`);
      expect(response?.status(), q).toBe(200);
    }
    const repeated = await page.goto("/search?q=a&q=b&after=r_1_2_x&after=t_3_y");
    expect(repeated?.status()).toBe(200);
  });
});
