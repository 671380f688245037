import { expect, test } from "@playwright/test";
import { createArticle, createUser, FACTORY_PASSWORD } from "../../prisma/factories";
import { signIn } from "../fixtures/auth";
import { e2eDb } from "../fixtures/db";

const db = e2eDb();
test.afterAll(() => db.$disconnect());

// "Add byline", "Link", "Reading" and the conflict view load the first time they are
// shown (components/editor/lazy-parts.tsx), to keep the editor's first load in budget.
test.describe("[EDITOR] parts loaded when first shown", () => {
  test("with the network down, “Add byline” says it could not be loaded, the editor goes on working, and “Try again” opens it once the network is back", async ({
    page,
    context,
  }) => {
    const reporter = await createUser(db);
    const article = await createArticle(db, { createdById: reporter.id });
    await signIn(page, reporter.email, FACTORY_PASSWORD);
    await page.goto(`/newsroom/articles/${article.id}`);
    const body = page.getByRole("textbox", { name: "Body" });
    await expect(body).toBeVisible();

    await context.setOffline(true);
    await page.getByRole("button", { name: "Add byline" }).click();
    await expect(
      page.getByRole("alert").filter({ hasText: "This part of the editor could not be loaded" }),
    ).toContainText(
      "This part of the editor could not be loaded: the server could not be reached. Try again.",
    );
    await expect(page.getByRole("group", { name: "Add byline" })).toHaveCount(0);
    // The rest of the editor is still there and still takes typing.
    await body.click();
    await page.keyboard.type("斷網時寫下的句子。");
    await expect(body).toContainText("斷網時寫下的句子。");

    await context.setOffline(false);
    await page.getByRole("button", { name: "Try again" }).click();
    const adding = page.getByRole("group", { name: "Add byline" });
    await expect(adding.getByLabel("Find contributor")).toBeVisible();
    await expect(page.getByText("This part of the editor could not be loaded")).toHaveCount(0);
    // Nothing was added on the way.
    const stored = await db.article.findUniqueOrThrow({
      where: { id: article.id },
      select: { bylines: true },
    });
    expect(stored.bylines).toEqual([]);
  });
});
