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
    // The body still takes suggestions, and only suggestions.
    await expect(locked).toContainText("You may still suggest changes to the body");
    const suggest = page.getByRole("button", { name: "Suggest changes" });
    await expect(suggest).toHaveAttribute("aria-pressed", "true");
    await expect(suggest).toBeDisabled();

    await workflow.getByRole("button", { name: "Withdraw" }).click();
    await expect(workflow.getByRole("status")).toContainText("Withdrawn");
    await expect(page.getByLabel("Headline")).toBeEnabled();
    await expect(page.getByRole("region", { name: "Editing locked" })).toHaveCount(0);
    await expect(suggest).toHaveAttribute("aria-pressed", "false");
    await expect(suggest).toBeEnabled();
    // The confirmation belongs to the step just taken: a reload does not repeat it.
    await page.reload();
    await expect(page.getByLabel("Headline")).toBeEnabled();
    await expect(workflow.getByRole("status")).toHaveText("");
  });
});
