import { expect, test, type Page } from "@playwright/test";
import { createArticle, createUser, FACTORY_PASSWORD } from "../../prisma/factories";
import { signIn } from "../fixtures/auth";
import { e2eDb } from "../fixtures/db";

const db = e2eDb();
test.afterAll(() => db.$disconnect());

const body = (page: Page) => page.getByRole("textbox", { name: "Body" });
const status = (page: Page) => page.locator("[data-save-status]");
const toolbar = (page: Page) => page.getByRole("toolbar", { name: "Formatting" });

async function openOwnArticle(page: Page) {
  const reporter = await createUser(db);
  const article = await createArticle(db, { createdById: reporter.id });
  await signIn(page, reporter.email, FACTORY_PASSWORD);
  await page.goto(`/newsroom/articles/${article.id}`);
  await expect(body(page)).toBeVisible();
  return article;
}

test.describe("[EDITOR] the toolbar's dialogs", () => {
  test("“Link” asks for the address in a labelled dialog; a bad address is refused beside the field; the link is saved", async ({
    page,
  }) => {
    const article = await openOwnArticle(page);
    await body(page).click();
    await page.keyboard.press("ControlOrMeta+a");
    const linkButton = toolbar(page).getByRole("button", { name: "Link", exact: true });
    await linkButton.click();

    const dialog = page.getByRole("dialog", { name: "Add link" });
    await expect(dialog).toBeVisible();
    const address = dialog.getByLabel("Link address");
    await expect(address).toBeFocused();
    await address.fill("javascript:alert(1)");
    await address.press("Enter");
    await expect(address).toHaveAttribute("aria-invalid", "true");
    await expect(address).toHaveAccessibleDescription(/Enter an address that starts with https:/);
    await expect(dialog).toBeVisible();

    await address.fill("https://dezhou.example/report");
    await address.press("Enter");
    await expect(dialog).toHaveCount(0);
    await expect(linkButton).toBeFocused(); // focus goes back to the button that opened it
    await expect(body(page).locator('a[href="https://dezhou.example/report"]')).toHaveText(
      "測試正文。",
    );

    // Escape closes without changing anything, and focus comes back too.
    await linkButton.click();
    await expect(page.getByRole("dialog", { name: "Edit link" })).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(page.getByRole("dialog")).toHaveCount(0);
    await expect(linkButton).toBeFocused();

    await expect(status(page)).toHaveText("Saved", { timeout: 10_000 });
    await page.reload();
    await expect(body(page).locator('a[href="https://dezhou.example/report"]')).toBeVisible();
    const stored = await db.article.findUniqueOrThrow({ where: { id: article.id } });
    expect(JSON.stringify(stored.body)).toContain("https://dezhou.example/report");
  });

  test("“Ruby annotation” puts a typed reading over the selected characters", async ({ page }) => {
    const article = await openOwnArticle(page);
    // Select the first two characters, again if the editor was still settling its content
    // (which puts the cursor back) when the keys went in: the dialog takes what is selected.
    await expect(async () => {
      await body(page).click();
      await page.keyboard.press("ControlOrMeta+Home");
      await page.keyboard.press("Shift+ArrowRight");
      await page.keyboard.press("Shift+ArrowRight");
      expect(await page.evaluate(() => window.getSelection()?.toString())).toBe("測試");
    }).toPass({ timeout: 10_000 });
    await toolbar(page).getByRole("button", { name: "Ruby annotation" }).click();

    const dialog = page.getByRole("dialog", { name: "Add pinyin over characters" });
    await expect(dialog.getByLabel("Characters")).toHaveValue("測試");
    const reading = dialog.getByLabel("Pinyin");
    await expect(reading).toBeFocused();
    await dialog.getByRole("button", { name: "Add pinyin" }).click();
    await expect(reading).toHaveAccessibleDescription(/Type the reading/);
    await reading.fill("cè shì");
    await reading.press("Enter");
    await expect(dialog).toHaveCount(0);
    await expect(body(page).locator("ruby rt")).toHaveText("cè shì");

    await expect(status(page)).toHaveText("Saved", { timeout: 10_000 });
    await page.reload();
    await expect(body(page).locator("ruby")).toContainText("測試");
    const stored = JSON.stringify(
      (await db.article.findUniqueOrThrow({ where: { id: article.id } })).body,
    );
    expect(stored).toContain('"reading":"cè shì"');
    expect(stored).toContain('"base":"測試"');
  });
});

test.describe("[EDITOR] converting the script", () => {
  test("“Convert to Simplified” asks first, then converts and saves; “Undo conversion” and Ctrl+Z bring the Traditional copy back", async ({
    page,
  }) => {
    const article = await openOwnArticle(page);
    await db.article.update({
      where: { id: article.id },
      data: { headline: "這個開發項目發展很快" },
    });
    await page.reload();
    const headline = page.getByLabel("Headline");
    await expect(headline).toHaveValue("這個開發項目發展很快");
    const versionBefore = (await db.article.findUniqueOrThrow({ where: { id: article.id } }))
      .version;

    // Cancel changes nothing.
    await page.getByRole("button", { name: "Convert to Simplified" }).click();
    const ask = page.getByRole("dialog", { name: "Convert the story to Simplified Chinese?" });
    await expect(ask).toBeVisible();
    await ask.getByRole("button", { name: "Cancel" }).click();
    await expect(ask).toHaveCount(0);
    expect((await db.article.findUniqueOrThrow({ where: { id: article.id } })).version).toBe(
      versionBefore,
    );

    await page.getByRole("button", { name: "Convert to Simplified" }).click();
    await ask.getByRole("button", { name: "Convert", exact: true }).click();
    await expect(
      page.getByRole("status").filter({ hasText: "Converted and saved." }),
    ).toBeVisible();
    await expect(headline).toHaveValue("这个开发项目发展很快");
    await expect(body(page)).toContainText("测试正文。");
    await expect
      .poll(
        async () => (await db.article.findUniqueOrThrow({ where: { id: article.id } })).headline,
      )
      .toBe("这个开发项目发展很快");

    await page.getByRole("button", { name: "Undo conversion" }).click();
    await expect(headline).toHaveValue("這個開發項目發展很快");
    await expect(body(page)).toContainText("測試正文。");
    await expect(page.getByRole("status").filter({ hasText: "Conversion undone" })).toBeVisible();
    let stored = await db.article.findUniqueOrThrow({ where: { id: article.id } });
    expect(stored.headline).toBe("這個開發項目發展很快");
    expect(stored.language).toBe("zh_Hant");
    expect(JSON.stringify(stored.body)).toContain("測試正文。");

    // The editor's own undo does the same, straight after converting.
    await page.getByRole("button", { name: "Convert to Simplified" }).click();
    await ask.getByRole("button", { name: "Convert", exact: true }).click();
    await expect(headline).toHaveValue("这个开发项目发展很快");
    await body(page).click();
    await page.keyboard.press("ControlOrMeta+z");
    await expect(headline).toHaveValue("這個開發項目發展很快");
    // Shown once the copy from before is saved, its body derived from the shared document.
    await expect(page.getByRole("status").filter({ hasText: "Conversion undone" })).toBeVisible();
    await expect(status(page)).toHaveText("Saved", { timeout: 10_000 });
    stored = await db.article.findUniqueOrThrow({ where: { id: article.id } });
    expect(stored.headline).toBe("這個開發項目發展很快");
    expect(JSON.stringify(stored.body)).toContain("測試正文。");
  });
});
