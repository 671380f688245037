import { expect, test } from "@playwright/test";
import { createArticle, createUser, FACTORY_PASSWORD } from "../../prisma/factories";
import { signIn } from "../fixtures/auth";
import { e2eDb } from "../fixtures/db";

const db = e2eDb();
test.afterAll(() => db.$disconnect());

test.describe("[WORKFLOW] what a step did, and how to edit again", () => {
  test("after “Submit for review” the page says so, the fields look locked and say “Withdraw” unlocks them", async ({
    page,
  }) => {
    const reporter = await createUser(db);
    const article = await createArticle(db, {
      createdById: reporter.id,
      bylineUserIds: [reporter.id],
    });
    await signIn(page, reporter.email, FACTORY_PASSWORD);
    await page.goto(`/newsroom/articles/${article.id}`);
    const workflow = page.getByRole("region", { name: "Workflow" });
    await workflow.getByRole("button", { name: "Submit for review" }).click();

    await expect(workflow.getByRole("status")).toHaveText("Submitted for review.");
    await expect(page.getByLabel("Headline")).toBeDisabled();
    const locked = page.getByRole("region", { name: "Editing locked" });
    await expect(locked).toContainText("In review");
    await expect(locked).toContainText("“Withdraw”");
    await expect(page.getByRole("toolbar", { name: "Formatting" })).toHaveCount(0);

    await workflow.getByRole("button", { name: "Withdraw" }).click();
    await expect(workflow.getByRole("status")).toContainText("Withdrawn");
    await expect(page.getByLabel("Headline")).toBeEnabled();
    await expect(page.getByRole("region", { name: "Editing locked" })).toHaveCount(0);
    // The confirmation belongs to the step just taken: a reload does not repeat it.
    await page.reload();
    await expect(page.getByLabel("Headline")).toBeEnabled();
    await expect(workflow.getByRole("status")).toHaveText("");
  });
});
