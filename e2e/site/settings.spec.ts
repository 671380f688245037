import type { Page } from "@playwright/test";
import { DEMO_PUBLICATION } from "../../prisma/seed/demo-data";
import { e2eDb } from "../fixtures/db";
import { SAMPLE } from "../fixtures/sample";
import { expect, test } from "../fixtures/session";

// Renames the publication, which every reader page shows, while other specs run beside
// it: the new names keep the demo's as their start (specs that check the masthead look
// for "Dezhou Daily" / "德州日報" in it), and the demo's names are put back at the end.
const db = e2eDb();
const ARTICLE = `/articles/${SAMPLE.slug}`;
const stamp = Date.now().toString(36);
const RENAMED = {
  nameHant: `${DEMO_PUBLICATION.nameHant} 晚刊 ${stamp}`,
  nameHans: `${DEMO_PUBLICATION.nameHans} 晚刊 ${stamp}`,
  nameEn: `${DEMO_PUBLICATION.nameEn} Evening ${stamp}`,
  taglineEn: `Tonight's news ${stamp}`,
};

async function fillNames(page: Page, names: Record<string, string>) {
  await page.getByLabel("Publication name (Traditional)").fill(names.nameHant!);
  await page.getByLabel("Publication name (Simplified)").fill(names.nameHans!);
  await page.getByLabel("Publication name (English)").fill(names.nameEn!);
  await page.getByLabel("Tagline (English)").fill(names.taglineEn!);
}

test.afterAll(async () => {
  // A safety net if a step failed: the demo's names back, and every instance told.
  const row = await db.publication.findUniqueOrThrow({ where: { id: 1 } });
  if (row.nameEn !== DEMO_PUBLICATION.nameEn || row.publicUrl !== null) {
    await db.publication.update({
      where: { id: 1 },
      data: { ...DEMO_PUBLICATION, publicUrl: null, version: { increment: 1 } },
    });
    const payload = JSON.stringify({ from: "e2e", tags: ["publication", "home", "feeds"] });
    await db.$executeRaw`select pg_notify('galley_cache', ${payload})`;
  }
  await db.$disconnect();
});

test.describe("[SITE] the publication's settings", () => {
  test("an editor has no settings page and no link to one", async ({ pageAs }) => {
    const editor = await pageAs("editor");
    await editor.goto("/newsroom");
    const nav = editor.getByRole("navigation", { name: "Newsroom navigation" });
    await expect(nav.getByRole("link", { name: "Users" })).toHaveCount(0);
    await expect(nav.getByRole("link", { name: "Settings" })).toHaveCount(0);
    const response = await editor.goto("/newsroom/settings");
    expect(response?.status()).toBe(404);
  });

  test.describe("as an admin", () => {
    test.use({ role: "admin" });

    test("a bad public address is refused beside its field and nothing is saved", async ({
      page,
    }) => {
      const before = await db.publication.findUniqueOrThrow({ where: { id: 1 } });
      await page.goto("/newsroom/settings");
      await page.getByLabel("Publication name (English)").fill(`Not saved ${stamp}`);
      await page.getByLabel("Public address").fill("javascript:alert(1)");
      await page.getByRole("button", { name: "Save settings" }).click();
      await expect(page.getByLabel("Public address")).toHaveAccessibleDescription(/without a path/);
      await expect(page.getByRole("status")).toContainText("Nothing was saved.");
      // What was typed stays, and the stored row is untouched.
      await expect(page.getByLabel("Publication name (English)")).toHaveValue(`Not saved ${stamp}`);
      expect(await db.publication.findUniqueOrThrow({ where: { id: 1 } })).toEqual(before);
    });

    test("renaming the publication changes every reader page, the JSON-LD, og:site_name and the feed", async ({
      page,
      browser,
    }) => {
      await page.goto("/newsroom");
      await page
        .getByRole("navigation", { name: "Newsroom navigation" })
        .getByRole("link", { name: "Settings" })
        .click();
      await expect(page.getByRole("heading", { level: 1, name: "Settings" })).toBeVisible();
      await expect(page.getByLabel("Publication name (Traditional)")).toHaveValue(
        DEMO_PUBLICATION.nameHant,
      );
      await fillNames(page, RENAMED);
      await page.getByRole("button", { name: "Save settings" }).click();
      await expect(page.getByRole("status")).toContainText("Settings saved.");

      // A reader with no session, in a fresh context: the page cache must have let go.
      const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
      const reader = await context.newPage();
      await expect(async () => {
        await reader.goto("/");
        await expect(reader.locator("[data-masthead]")).toHaveText(RENAMED.nameEn, {
          timeout: 1_000,
        });
      }).toPass({ timeout: 10_000 });
      await expect(reader.locator("footer")).toContainText(RENAMED.taglineEn);
      await expect(reader).toHaveTitle(RENAMED.nameEn);
      await expect(reader.locator("body")).not.toContainText("Galley");

      await expect(async () => {
        await reader.goto(ARTICLE);
        await expect(reader.locator("[data-masthead]")).toHaveText(RENAMED.nameEn, {
          timeout: 1_000,
        });
      }).toPass({ timeout: 10_000 });
      await expect(reader).toHaveTitle(`${SAMPLE.headline} · ${RENAMED.nameEn}`);
      await expect(reader.locator('head meta[property="og:site_name"]')).toHaveAttribute(
        "content",
        RENAMED.nameEn,
      );
      const json = await reader.locator('script[type="application/ld+json"]').first().textContent();
      // The sample is in Traditional script: its publisher is named in it.
      expect(JSON.parse(json!)).toMatchObject({
        publisher: { "@type": "Organization", name: RENAMED.nameHant },
      });

      // The feed is named in its articles' script (the demo's are Traditional).
      const feed = await reader.request.get("/feed.xml");
      expect(await feed.text()).toContain(`<title>${RENAMED.nameHant}</title>`);
      await context.close();

      // Back to the demo's names, through the same form.
      await page.reload();
      await fillNames(page, { ...DEMO_PUBLICATION });
      await page.getByRole("button", { name: "Save settings" }).click();
      await expect(page.getByRole("status")).toContainText("Settings saved.");
    });
  });
});
