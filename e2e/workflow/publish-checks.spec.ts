import type { Page } from "@playwright/test";
import { createArticle, createUser } from "../../prisma/factories";
import { e2eDb } from "../fixtures/db";
import { expect, test } from "../fixtures/session";

const db = e2eDb();
test.afterAll(() => db.$disconnect());

const workflow = (page: Page) => page.getByRole("region", { name: "Workflow" });
const checklistItem = (page: Page, name: string) =>
  page
    .getByRole("region", { name: "Before publishing" })
    .getByRole("listitem")
    .filter({ hasText: name });

test.describe("[WORKFLOW] a section's pre-publish checks", () => {
  test("an admin turns on “Dek present”; publishing without a dek is refused, and succeeds once it is typed", async ({
    pageAs,
  }) => {
    const stamp = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
    const section = await db.section.create({
      data: { slug: `checks-${stamp}`, name: `檢查${stamp}`, nameEn: `Checks ${stamp}` },
    });
    const reporter = await createUser(db);
    const story = await createArticle(db, { createdById: reporter.id, status: "APPROVED" });
    await db.article.update({
      where: { id: story.id },
      data: { sectionId: section.id, dek: null },
    });

    // The admin opens the section's checks from its row and turns on "Dek present".
    const admin = await pageAs("admin");
    await admin.goto("/newsroom/sections");
    await admin.getByRole("link", { name: `Pre-publish checks for ${section.nameEn}` }).click();
    await expect(admin.getByRole("heading", { level: 1 })).toContainText(section.nameEn);
    await expect(admin.getByRole("checkbox", { name: "Image alt text" })).toBeChecked();
    await expect(admin.getByRole("checkbox", { name: "Dek present" })).not.toBeChecked();
    await admin.getByRole("checkbox", { name: "Dek present" }).check();
    await admin.getByLabel("Headline limit (characters)").fill("40");
    await admin.getByRole("button", { name: "Save checks" }).click();
    await expect(admin.getByRole("status")).toContainText("Checks saved.");
    expect(
      (await db.section.findUniqueOrThrow({ where: { id: section.id } })).publishChecks,
    ).toEqual({ checks: ["altText", "dek"], headlineLimit: 40 });

    // The editor sees the checklist mark the missing dek, and "Publish" is refused by name.
    const editor = await pageAs("editor");
    await editor.goto(`/newsroom/articles/${story.id}`);
    await expect(checklistItem(editor, "Dek present")).toContainText("✗");
    await expect(checklistItem(editor, "Dek present")).toContainText("failing");
    await expect(checklistItem(editor, "Image alt text")).toContainText("✓");
    await workflow(editor).getByRole("button", { name: "Publish", exact: true }).click();
    await expect(workflow(editor).getByRole("alert")).toHaveText(
      "These checks must pass before publishing: Dek present.",
    );
    const refused = await db.article.findUniqueOrThrow({ where: { id: story.id } });
    expect(refused).toMatchObject({ status: "APPROVED", liveVersionId: null });
    expect(await db.publishedVersion.count({ where: { articleId: story.id } })).toBe(0);

    // Typing a dek turns the item to passing at once; then publishing goes through.
    await editor.getByLabel("Dek").fill("市政府公布冬季供暖安排。");
    await expect(checklistItem(editor, "Dek present")).toContainText("✓");
    await expect(checklistItem(editor, "Dek present")).toContainText("passing");
    await workflow(editor).getByRole("button", { name: "Publish", exact: true }).click();
    await expect(editor.getByTestId("workflow-status")).toHaveText("State: Published", {
      timeout: 15_000,
    });
    expect(await db.publishedVersion.count({ where: { articleId: story.id } })).toBe(1);
  });

  test("the checks page does not exist for an editor", async ({ pageAs }) => {
    const editor = await pageAs("editor");
    const response = await editor.goto("/newsroom/sections/news/checks");
    expect(response?.status()).toBe(404);
  });
});
