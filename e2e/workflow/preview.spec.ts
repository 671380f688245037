import { expect, test, type Page } from "@playwright/test";
import { hashPreviewToken } from "../../lib/security/preview-token";
import { createArticle, createUser, FACTORY_PASSWORD } from "../../prisma/factories";
import { signIn } from "../fixtures/auth";
import { e2eDb } from "../fixtures/db";

const db = e2eDb();
test.afterAll(() => db.$disconnect());

const body = (page: Page) => page.getByRole("textbox", { name: "Body" });
const saved = (page: Page) =>
  expect(page.locator("[data-save-status]")).toHaveText("Saved", { timeout: 10_000 });
const sharing = (page: Page) => page.getByRole("region", { name: "Share preview" });
const corrections = (page: Page) => page.getByRole("region", { name: "Corrections" });

test.describe("[WORKFLOW] preview, shared preview links and corrections", () => {
  test.describe.configure({ timeout: 120_000 });

  test("the working copy previews as readers would see it, a shared link works signed out until revoked, and a correction reaches readers at once", async ({
    browser,
    page,
  }) => {
    const stamp = Date.now().toString(36);
    const live = `Council approves the budget ${stamp}`;
    const working = `Council approves the budget after a late vote ${stamp}`;
    const editor = await createUser(db, { role: "EDITOR" });
    const article = await createArticle(db, {
      createdById: editor.id,
      status: "APPROVED",
      headline: live,
    });
    const readerUrl = `/articles/${encodeURIComponent(article.slug)}`;

    // Published, then edited: the working copy moves on, the live copy stays.
    await signIn(page, editor.email, FACTORY_PASSWORD);
    await page.goto(`/newsroom/articles/${article.id}`);
    await expect(body(page)).toBeVisible(); // the editor mounts in the browser: hydrated
    await page.getByRole("button", { name: "Publish", exact: true }).click();
    await expect(page.getByTestId("workflow-status")).toHaveText("State: Published");
    await expect(body(page)).toBeVisible();
    await page.getByLabel("Headline").fill(working);
    await saved(page);

    // "Preview" shows the working copy in the reader's markup, marked as not published.
    await page.getByRole("link", { name: "Preview", exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/newsroom/articles/${article.id}/preview$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(working);
    await expect(page.getByText("Preview — not published")).toBeVisible();
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
    const reader = await (await browser.newContext()).newPage();
    await reader.goto(readerUrl);
    await expect(reader.getByRole("heading", { level: 1 })).toHaveText(live);

    // "Share preview": a link shown once, of which only the hash is stored.
    await page.goto(`/newsroom/articles/${article.id}`);
    await expect(body(page)).toBeVisible();
    await sharing(page).getByRole("button", { name: "Share preview" }).click();
    const field = sharing(page).getByLabel("Preview link");
    await expect(field).toHaveValue(/\/preview\/[A-Za-z0-9_-]{43}$/);
    await sharing(page).getByRole("button", { name: "Copy link" }).click();
    const previewPath = new URL(await field.inputValue()).pathname;
    const token = previewPath.split("/").pop()!;
    const stored = await db.previewLink.findFirstOrThrow({ where: { articleId: article.id } });
    expect(stored.tokenHash).toBe(hashPreviewToken(token));
    await expect(sharing(page).getByText(/^Expires/)).toBeVisible();

    // Someone without an account opens it: the working copy, unindexed and uncached.
    const outsider = await (await browser.newContext()).newPage();
    const opened = await outsider.goto(previewPath);
    expect(opened?.status()).toBe(200);
    expect(opened?.headers()["x-robots-tag"]).toBe("noindex");
    expect(opened?.headers()["cache-control"]).toBe("private, no-store");
    await expect(outsider).toHaveURL(new RegExp(`${previewPath}$`));
    await expect(outsider.getByRole("heading", { level: 1 })).toHaveText(working);
    await expect(outsider.getByText("Preview — not published")).toBeVisible();
    await expect(outsider.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
    await expect(outsider.getByRole("textbox", { name: "Headline" })).toHaveCount(0);

    // "Revoke": from now on the link is a plain 404, and it is no longer listed.
    await sharing(page).getByRole("button", { name: "Revoke" }).click();
    await expect(sharing(page).getByText("No active preview links.")).toBeVisible();
    const revoked = await outsider.goto(previewPath);
    expect(revoked?.status()).toBe(404);
    expect(revoked?.headers()["cache-control"]).toBe("private, no-store");
    await expect(outsider.getByRole("heading", { level: 1 })).not.toHaveText(working);

    // "Add correction": on the reader page at once, without "Publish update".
    const text = `An earlier version misstated the vote count ${stamp}.`;
    await corrections(page).getByLabel("Correction", { exact: true }).fill(text);
    await expect(corrections(page).getByLabel("Correction time")).not.toHaveValue("");
    await corrections(page).getByRole("button", { name: "Add correction" }).click();
    await expect(
      corrections(page).getByText("Correction added. Readers see it now."),
    ).toBeVisible();
    await reader.reload();
    await expect(reader.getByRole("heading", { level: 1 })).toHaveText(live);
    const box = corrections(reader);
    await expect(box.getByRole("heading", { name: "Corrections" })).toBeVisible();
    await expect(box).toContainText(text);
    await expect(box.locator("time")).toHaveAttribute("datetime", /^\d{4}-\d{2}-\d{2}T/);
    expect(await db.correction.count({ where: { articleId: article.id } })).toBe(1);
    await reader.context().close();
    await outsider.context().close();
  });
});
