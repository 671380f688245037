import { expect, test, type Page } from "@playwright/test";
import { createArticle, createUser, FACTORY_PASSWORD } from "../../prisma/factories";
import { signIn } from "../fixtures/auth";
import { e2eBaseUrl } from "../fixtures/config";
import { e2eDb } from "../fixtures/db";

const db = e2eDb();
test.afterAll(() => db.$disconnect());

const body = (page: Page) => page.getByRole("textbox", { name: "Body" });
const status = (page: Page) => page.locator("[data-save-status]");
const panel = (page: Page) => page.getByRole("region", { name: "Comments" });
const marked = (page: Page) => body(page).locator("[data-comment-id]");

test("[WORKFLOW] an inline comment stays on its words while the text around it changes, resolves, and never reaches readers", async ({
  page,
  request,
}) => {
  const editor = await createUser(db, { role: "EDITOR" });
  const article = await createArticle(db, {
    createdById: editor.id,
    status: "APPROVED",
    headline: "Council meets",
  });
  await signIn(page, editor.email, FACTORY_PASSWORD);
  await page.goto(`/newsroom/articles/${article.id}`);

  // A sentence, then "Monday" selected with the keyboard.
  await body(page).click();
  await page.keyboard.press("ControlOrMeta+End");
  await page.keyboard.press("Enter");
  await page.keyboard.type("The council met on Monday.");
  await page.keyboard.press("ArrowLeft");
  for (let i = 0; i < "Monday".length; i++) await page.keyboard.press("Shift+ArrowLeft");

  await page
    .getByRole("toolbar", { name: "Formatting" })
    .getByRole("button", { name: "Comment", exact: true })
    .click();
  await expect(panel(page).getByText("On “Monday”")).toBeVisible();
  await panel(page).getByLabel("Add comment").fill("Which Monday? Give the date.");
  await panel(page).getByRole("button", { name: "Add comment" }).click();
  await expect(panel(page).getByText("Which Monday? Give the date.")).toBeVisible();
  await expect(marked(page)).toHaveText("Monday");

  // Typing before the range moves it along; the comment stays on "Monday".
  await body(page).locator("p").last().click();
  await page.keyboard.press("Home");
  await page.keyboard.type("Update: ");
  await expect(status(page)).toHaveText("Saved", { timeout: 10_000 });

  await page.reload();
  await expect(body(page).locator("p").last()).toHaveText("Update: The council met on Monday.");
  await expect(marked(page)).toHaveText("Monday");
  await expect(marked(page)).toHaveCSS("background-color", "rgb(253, 243, 200)");
  const quote = panel(page).getByRole("button", { name: "“Monday”" });
  await expect(quote).toBeVisible();
  await expect(panel(page).getByText("Which Monday? Give the date.")).toBeVisible();
  const row = await db.comment.findFirstOrThrow({ where: { articleId: article.id } });
  expect(row.anchor).toMatchObject({ quote: "Monday" });

  // Resolve: it leaves the list and loses its highlight; "Show resolved" brings it back.
  await panel(page).getByRole("button", { name: "Resolve" }).click();
  await expect(panel(page).getByText("Which Monday? Give the date.")).toBeHidden();
  await expect(marked(page)).toHaveCSS("background-color", "rgba(0, 0, 0, 0)");
  await panel(page).getByLabel("Show resolved").check();
  await expect(panel(page).getByRole("button", { name: "Reopen" })).toBeVisible();
  expect((await db.comment.findUniqueOrThrow({ where: { id: row.id } })).resolvedAt).not.toBeNull();

  // Published: neither the reader page nor the live copy carries the comment.
  const current = await (
    await page.request.get(`/api/v1/articles/${article.id}/working-copy`)
  ).json();
  const published = await page.request.post(`/api/v1/articles/${article.id}/transitions`, {
    headers: { origin: e2eBaseUrl },
    data: { transition: "publish", version: current.version },
  });
  expect(published.status()).toBe(200);
  const reader = await request.get(`/articles/${article.slug}`);
  expect(reader.status()).toBe(200);
  const html = await reader.text();
  expect(html).toContain("Update: The council met on Monday.");
  expect(html).not.toContain("data-comment-id");
  expect(html).not.toContain("Which Monday?");
  const live = await db.publishedVersion.findFirstOrThrow({
    where: { articleId: article.id, isLive: true },
  });
  expect(JSON.stringify(live.body)).not.toContain((row.anchor as { markId: string }).markId);
  expect(JSON.stringify(live.body)).not.toContain('"comment"');
});
