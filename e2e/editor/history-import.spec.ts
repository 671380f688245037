import fs from "node:fs";
import { expect, test } from "@playwright/test";
import { createArticle, createUser, FACTORY_PASSWORD } from "../../prisma/factories";
import { signIn } from "../fixtures/auth";
import { e2eDb } from "../fixtures/db";

const db = e2eDb();
test.afterAll(() => db.$disconnect());

test.describe("[EDITOR] history and import", () => {
  test("the history diff between two revisions shows the changed characters, and a version can be restored", async ({
    page,
  }) => {
    const reporter = await createUser(db);
    const article = await createArticle(db, { createdById: reporter.id });
    await signIn(page, reporter.email, FACTORY_PASSWORD);
    await page.goto(`/newsroom/articles/${article.id}`);
    const body = page.getByRole("textbox", { name: "Body" });
    await body.click();
    await page.keyboard.press("ControlOrMeta+a");
    await page.keyboard.type("市委書記主持會議。");
    await page.getByRole("button", { name: "Save", exact: true }).click();
    // "Saved" may still be an autosave's: the manual save is its revision on the record.
    const manualSaves = () =>
      db.revision.count({ where: { articleId: article.id, kind: "MANUAL" } });
    await expect.poll(manualSaves).toBe(1);
    await body.click();
    await page.keyboard.press("ControlOrMeta+a");
    await page.keyboard.type("市長主持會議。");
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await expect.poll(manualSaves).toBe(2);
    await expect(page.locator("[data-save-status]")).toHaveText("Saved");
    await page.getByRole("link", { name: "History" }).click();
    // The two saves: an autosave of the second text may come between them when typing
    // pauses (the page compares the newest two unless told otherwise).
    const saves = await db.revision.findMany({
      where: { articleId: article.id, kind: "MANUAL" },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { id: true },
    });
    await page.getByLabel("Compare from").selectOption(saves.at(0)!.id);
    await page.getByLabel("to", { exact: true }).selectOption(saves.at(-1)!.id);
    await page.getByRole("button", { name: "Compare" }).click();
    const diff = page.getByRole("region", { name: "Body changes" });
    await expect(diff.locator("del")).toHaveText(["委書記"]);
    await expect(diff.locator("ins")).toHaveText(["長"]);
    await expect(diff).toContainText("主持會議。");

    // Restore the first manual save: a new revision, the old ones untouched.
    const before = await db.revision.count({ where: { articleId: article.id } });
    await page
      .getByRole("listitem")
      .filter({ hasText: "Saved" })
      .last()
      .getByRole("button", { name: "Restore this version" })
      .click();
    await expect(page).toHaveURL(new RegExp(`/newsroom/articles/${article.id}$`));
    await expect(page.getByRole("textbox", { name: "Body" })).toContainText("市委書記主持會議。");
    expect(await db.revision.count({ where: { articleId: article.id } })).toBe(before + 1);

    // Submitted meanwhile (from another tab): the reporter may no longer change it, and
    // the refusal is a sentence on the history page, with nothing restored.
    await page.getByRole("link", { name: "History" }).click();
    await db.article.update({ where: { id: article.id }, data: { status: "SUBMITTED" } });
    const revisions = await db.revision.count({ where: { articleId: article.id } });
    await page
      .getByRole("listitem")
      .filter({ hasText: "Saved" })
      .first()
      .getByRole("button", { name: "Restore this version" })
      .click();
    await expect(
      page.getByText("You cannot change this article now, so the version was not restored."),
    ).toHaveRole("alert");
    expect(await db.revision.count({ where: { articleId: article.id } })).toBe(revisions);
  });

  test("importing the sample article gives three bylines, ruby annotations and the damage pointed out", async ({
    page,
  }) => {
    const reporter = await createUser(db);
    await signIn(page, reporter.email, FACTORY_PASSWORD);
    await page.getByRole("link", { name: "Import" }).click();
    await page.getByLabel("File").setInputFiles("prisma/sample/dezhou-daily-2020-02-12.txt");
    await page.getByRole("radio", { name: "Convert to ruby" }).check();
    await page.getByRole("button", { name: "Preview" }).click();
    const found = page.getByRole("form", { name: "What Galley found" });
    await expect(found.getByLabel("Headline")).toHaveValue(
      "市新冠肺炎疫情防控工作領導小組召開會議",
    );
    await expect(found).toContainText("9 paragraphs");
    await expect(found.getByRole("listitem").filter({ hasText: "Reporter · 王賀" })).toBeVisible();
    await expect(found.getByRole("listitem").filter({ hasText: "Editor · 李榕" })).toBeVisible();
    await expect(
      found.getByRole("listitem").filter({ hasText: "Producer · 德州日" }),
    ).toBeVisible();
    await expect(found.getByRole("alert")).toContainText("damaged in transmission");
    await found.getByRole("button", { name: "Create draft" }).click();
    await expect(page).toHaveURL(/\/newsroom\/articles\/[0-9a-f-]{36}$/, { timeout: 20_000 });

    const id = page.url().split("/").at(-1)!;
    const article = await db.article.findUniqueOrThrow({
      where: { id },
      include: { bylines: { orderBy: { position: "asc" } } },
    });
    expect(article.bylines.map((b) => b.role)).toEqual(["PRODUCER", "REPORTER", "EDITOR"]);
    expect((JSON.stringify(article.body).match(/"type":"ruby"/g) ?? []).length).toBeGreaterThan(
      250,
    );
    await expect(page.getByRole("textbox", { name: "Body" }).locator("ruby").first()).toBeVisible();
    expect(fs.existsSync("prisma/sample/dezhou-daily-2020-02-12.txt")).toBe(true);
  });

  test("a file whose first lines are headline and dek: the preview shows them apart, and the body does not repeat them", async ({
    page,
  }) => {
    const reporter = await createUser(db);
    await signIn(page, reporter.email, FACTORY_PASSWORD);
    await page.goto("/newsroom/import");
    const sample = fs.readFileSync("prisma/sample/dezhou-daily-2020-02-12.txt");
    await page.getByLabel("File").setInputFiles({
      name: "story.txt",
      mimeType: "text/plain",
      buffer: Buffer.concat([
        Buffer.from("德州部署疫情防控工作\n市委書記李猛主持會議\n\n"),
        sample,
      ]),
    });
    await page.getByRole("radio", { name: "Remove" }).check();
    await page.getByRole("button", { name: "Preview" }).click();
    const found = page.getByRole("form", { name: "What Galley found" });
    await expect(found.getByLabel("Headline")).toHaveValue("德州部署疫情防控工作");
    await expect(found.getByLabel("Dek")).toHaveValue("市委書記李猛主持會議");
    const start = found.getByRole("region", { name: "Body begins" });
    await expect(start.locator("p").first()).toContainText(
      "2月12日,市新冠肺炎疫情防控工作領導小組",
    );
    await expect(start).not.toContainText("德州部署疫情防控工作");
    await found.getByRole("button", { name: "Create draft" }).click();
    await expect(page).toHaveURL(/\/newsroom\/articles\/[0-9a-f-]{36}$/, { timeout: 20_000 });
    const id = page.url().split("/").at(-1)!;
    const article = await db.article.findUniqueOrThrow({ where: { id } });
    expect(article.headline).toBe("德州部署疫情防控工作");
    expect(article.dek).toBe("市委書記李猛主持會議");
    const body = JSON.stringify(article.body);
    expect(body).not.toContain("德州部署疫情防控工作");
    expect(body).not.toContain("市委書記李猛主持會議");
    await expect(page.getByRole("textbox", { name: "Body" }).locator("p").first()).toContainText(
      "2月12日",
    );
  });
});
