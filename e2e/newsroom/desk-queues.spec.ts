import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { SAN_SHEN_SAN_JIAO } from "../../lib/workflow/review-chain";
import { newsroomTimeZone, wallTimeToInstant } from "../../lib/time-zone";
import { createArticle, createUser, FACTORY_PASSWORD } from "../../prisma/factories";
import { DEMO, signIn } from "../fixtures/auth";
import { e2eDb } from "../fixtures/db";
import { expect, test } from "../fixtures/session";

const db = e2eDb();
test.afterAll(() => db.$disconnect());

const HOUR = 3600_000;

/** How the newsroom shows a time (en, medium date, short time, the newsroom's zone). */
const shown = (instant: Date) =>
  new Intl.DateTimeFormat("en", {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: newsroomTimeZone(),
  }).format(instant);

const saved = (page: Page) => expect(page.locator("[data-save-status]")).toHaveText("Saved");

test.describe("[NEWSROOM] Desk queues and deadlines", () => {
  test("a proofreader's 'Waiting for me' lists a story at a proof stage, its stage, its wait and 'Overdue'", async ({
    page,
  }) => {
    const marker = randomUUID().slice(0, 8);
    const [reporter, proofreader] = await Promise.all([
      createUser(db),
      createUser(db, { role: "PROOFREADER" }),
    ]);
    const section = await db.section.create({
      data: { slug: `desk-e2e-${marker}`, name: `要聞${marker}`, nameEn: `News ${marker}` },
    });
    const inStage = (reviewStage: number, headline: string, dueAt: Date | null) =>
      createArticle(db, {
        createdById: reporter.id,
        status: "SUBMITTED",
        headline,
        sectionId: section.id,
        reviewChain: SAN_SHEN_SAN_JIAO,
        reviewStage,
        statusChangedAt: new Date(Date.now() - 3 * HOUR - 60_000),
        dueAt,
      });
    const due = new Date(Date.now() - HOUR);
    const atProof = await inStage(2, `一校稿 ${marker}`, due);
    const atFirstReview = await inStage(0, `初審稿 ${marker}`, null);

    await signIn(page, proofreader.email, FACTORY_PASSWORD);
    const waiting = page.getByRole("region", { name: /^Waiting for me \(\d+\)$/ });
    const row = waiting.getByRole("row").filter({ hasText: atProof.headline });
    await expect(row.getByRole("link", { name: atProof.headline })).toBeVisible();
    await expect(row.getByRole("cell", { name: "First proof" })).toBeVisible();
    await expect(row).toContainText("waiting 3 h");
    await expect(row).toContainText(shown(due));
    await expect(row.getByTestId("overdue")).toHaveText("Overdue");
    // 初審 is an editor's stage: nothing here the proofreader cannot act on.
    await expect(waiting.getByRole("link", { name: atFirstReview.headline })).toHaveCount(0);
    await expect(page.getByRole("region", { name: /^Review queue/ })).toHaveCount(0);
    await expect(page.getByRole("region", { name: /^Approved/ })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "New story" })).toHaveCount(0);
    await expect(
      page.getByRole("navigation", { name: "Newsroom navigation" }).getByRole("link", {
        name: "Import",
      }),
    ).toHaveCount(0);

    // The link opens the story in the editor.
    await row.getByRole("link", { name: atProof.headline }).click();
    await expect(page).toHaveURL(new RegExp(`/newsroom/articles/${atProof.id}$`));
  });

  test.describe(() => {
    test.use({ role: "editor" });

    test("an editor sets 'Due' in the editor, sees it in All stories, and clears it", async ({
      page,
    }) => {
      const editor = await db.user.findUniqueOrThrow({ where: { email: DEMO.editor.email } });
      const marker = randomUUID().slice(0, 8);
      const story = await createArticle(db, {
        createdById: editor.id,
        headline: `截稿測試 ${marker}`,
      });
      await page.goto(`/newsroom/articles/${story.id}`);
      const dueField = page.getByLabel("Due", { exact: true });
      await expect(dueField).toBeVisible();
      // A wall time in the newsroom's zone, already past: the draft is overdue.
      await dueField.fill("2026-01-05T09:30");
      await saved(page);
      const dueAt = wallTimeToInstant("2026-01-05T09:30", newsroomTimeZone())!;
      const dueOf = async () =>
        (await db.article.findUniqueOrThrow({ where: { id: story.id } })).dueAt?.toISOString();
      await expect.poll(dueOf).toBe(dueAt.toISOString());
      await page.reload();
      await expect(page.getByLabel("Due", { exact: true })).toHaveValue("2026-01-05T09:30");

      await page.goto(`/newsroom/stories?q=${marker}`);
      const table = page.getByRole("table");
      await expect(table.getByRole("columnheader", { name: "Due" })).toBeVisible();
      const row = table.getByRole("row").filter({ hasText: story.headline });
      await expect(row).toContainText(shown(dueAt));
      await expect(row.getByTestId("overdue")).toHaveText("Overdue");

      // Cleared, the story has no deadline and is no longer overdue.
      await page.goto(`/newsroom/articles/${story.id}`);
      await page.getByRole("button", { name: "Clear due time" }).click();
      await saved(page);
      await expect(page.getByLabel("Due", { exact: true })).toHaveValue("");
      await expect.poll(dueOf).toBeUndefined();
      await page.goto(`/newsroom/stories?q=${marker}`);
      await expect(
        page.getByRole("row").filter({ hasText: story.headline }).getByTestId("overdue"),
      ).toHaveCount(0);
    });
  });
});
