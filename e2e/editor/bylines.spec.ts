import { expect, test } from "@playwright/test";
import { createArticle, createUser, FACTORY_PASSWORD } from "../../prisma/factories";
import { signIn } from "../fixtures/auth";
import { e2eDb } from "../fixtures/db";

const db = e2eDb();
test.afterAll(() => db.$disconnect());

test.describe("[EDITOR] Add byline", () => {
  test("one flow: find a contributor or create one, always with the role chosen", async ({
    page,
  }) => {
    const reporter = await createUser(db);
    const tag = reporter.id.slice(0, 6);
    const article = await createArticle(db, { createdById: reporter.id });
    await db.contributor.create({
      data: { name: `攝影記者 ${tag}`, slug: `photographer-${reporter.id}` },
    });
    await signIn(page, reporter.email, FACTORY_PASSWORD);
    await page.goto(`/newsroom/articles/${article.id}`);
    // Only one way in: no second, look-alike "Add contributor" button.
    await expect(page.getByRole("button", { name: "Add contributor" })).toHaveCount(0);

    await page.getByRole("button", { name: "Add byline" }).click();
    const adding = page.getByRole("group", { name: "Add byline" });
    await adding.getByLabel("Find contributor").fill(`攝影記者 ${tag}`);
    await adding.getByRole("radio", { name: new RegExp(`攝影記者 ${tag}`) }).check();
    // No role is assumed.
    await expect(adding.getByRole("button", { name: "Add to bylines" })).toBeDisabled();
    await adding.getByLabel("Role", { exact: true }).selectOption("PHOTOGRAPHER");
    await adding.getByRole("button", { name: "Add to bylines" }).click();
    await expect(page.getByLabel("Contributor of byline 1").locator("option:checked")).toHaveText(
      `攝影記者 ${tag}`,
    );
    await expect(page.getByLabel("Role of byline 1")).toHaveValue("PHOTOGRAPHER");

    // A new organisation, created inline with the role the person picks.
    await page.getByRole("button", { name: "Add byline" }).click();
    await adding.getByLabel("Find contributor").fill(`德州日報 ${tag}`);
    await adding.getByRole("radio", { name: `New contributor “德州日報 ${tag}”…` }).check();
    await adding.getByLabel("Kind").selectOption("ORGANIZATION");
    await adding.getByLabel("Role", { exact: true }).selectOption("PRODUCER");
    await adding.getByRole("button", { name: "Add to bylines" }).click();
    await expect(page.getByLabel("Role of byline 2")).toHaveValue("PRODUCER");
    await expect(page.locator("[data-save-status]")).toHaveText("Saved", { timeout: 10_000 });
    const stored = await db.article.findUniqueOrThrow({
      where: { id: article.id },
      include: { bylines: { include: { contributor: true }, orderBy: { position: "asc" } } },
    });
    expect(stored.bylines.map((b) => [b.contributor.name, b.role, b.contributor.kind])).toEqual([
      [`攝影記者 ${tag}`, "PHOTOGRAPHER", "PERSON"],
      [`德州日報 ${tag}`, "PRODUCER", "ORGANIZATION"],
    ]);
  });
});
