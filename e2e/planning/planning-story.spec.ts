import type { Page } from "@playwright/test";
import ICAL from "ical.js";
import { expect as baseExpect, test } from "../fixtures/session";
import { countBodyUnits } from "../../lib/content/count";
import { newsroomTimeZone, wallTimeToInstant } from "../../lib/time-zone";
import { createUser } from "../../prisma/factories";
import { e2eBaseUrl } from "../fixtures/config";
import { e2eDb } from "../fixtures/db";

// Each step renders a newsroom page on a shared two-core machine.
const expect = baseExpect.configure({ timeout: 15_000 });
const db = e2eDb();
test.afterAll(() => db.$disconnect());

const state = (page: Page) => page.getByTestId("plan-state");

/** The item's row on its day's budget, under its desk. */
async function budgetRow(page: Page, day: string, desk: string, headline: string) {
  await page.goto(`/newsroom/budget?day=${day}`);
  return page.getByRole("region", { name: desk }).getByRole("row").filter({ hasText: headline });
}

/** The newsroom's tomorrow (Asia/Shanghai by default), as the "Day" field shows it. */
function tomorrow(): string {
  const zone = process.env.GALLEY_TIME_ZONE || "Asia/Shanghai";
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: zone }).format(new Date());
  return new Date(Date.parse(`${today}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

/**
 * The story: 王賀 pitches a flood-prevention story for tomorrow; 李榕 accepts it,
 * assigns 王賀 (reporter) and a photographer, deadline 18:00; 王賀 accepts and starts the
 * story; the item follows the story from draft through review to published.
 */
test.describe("[PLANNING] from pitch to published story", () => {
  test.describe.configure({ timeout: 240_000 });

  test("pitch, accept, assign, accept the assignment, start the story, follow its state", async ({
    pageAs,
  }) => {
    const stamp = Date.now().toString(36);
    const headline = `防汛備汛 ${stamp}`;
    const section = await db.section.create({
      data: { slug: `plan-story-${stamp}`, name: `防汛${stamp}`, nameEn: `Flood ${stamp}` },
    });
    const photographer = await createUser(db, { name: `攝影記者 ${stamp}` });
    const day = tomorrow();

    // 王賀 pitches.
    const reporter = await pageAs("reporter");
    await reporter.goto("/newsroom");
    await reporter
      .getByRole("navigation", { name: "Newsroom navigation" })
      .getByRole("link", { name: "Planning" })
      .click();
    await reporter
      .getByRole("navigation", { name: "Planning" })
      .getByRole("link", { name: "Pitches" })
      .click();
    await reporter.getByRole("link", { name: "New pitch" }).click();
    await reporter.getByLabel("Working headline").fill(headline);
    await reporter.getByLabel("Summary").fill("入汛前，市防汛指揮部檢查河道和泵站。");
    await reporter.getByLabel("Section").selectOption({ label: `Flood ${stamp}` });
    await expect(reporter.getByLabel("Day")).toHaveValue(day);
    // A length that is not a number is refused beside the field, and nothing is pitched.
    await reporter.getByLabel("Expected length").fill("大約一千");
    await reporter.getByLabel("Photos").check();
    await reporter.getByRole("button", { name: "Send pitch" }).click();
    await expect(
      reporter.getByText("Enter the expected length as a whole number, e.g. 800."),
    ).toBeVisible();
    expect(await db.planItem.count({ where: { headline } })).toBe(0);
    await reporter.getByLabel("Expected length").fill("1200");
    await reporter.getByRole("button", { name: "Send pitch" }).click();
    await expect(reporter).toHaveURL(/\/newsroom\/planning\/pitches$/);
    await expect(reporter.getByRole("link", { name: headline })).toBeVisible();

    // 李榕 accepts it and assigns 王賀 and the photographer.
    const editor = await pageAs("editor");
    await editor.goto("/newsroom/planning/pitches");
    await editor.getByRole("button", { name: `Accept “${headline}”` }).click();
    await expect(editor.getByRole("button", { name: `Accept “${headline}”` })).toHaveCount(0);
    const item = await db.planItem.findFirstOrThrow({ where: { headline } });
    expect(item).toMatchObject({ status: "PLANNED", expectedLength: 1200, needs: ["photos"] });
    await editor.goto(`/newsroom/planning/items/${item.id}`);
    await expect(state(editor)).toHaveText("Unassigned");
    const assign = editor.getByRole("form", { name: "Assign" });
    await assign.getByLabel("Person").selectOption({ label: "王賀" });
    await assign.getByLabel("Role").selectOption({ label: "Reporter" });
    await expect(assign.getByLabel("Deadline")).toHaveValue(`${day}T18:00`);
    await assign.getByRole("button", { name: "Assign" }).click();
    await expect(editor.getByRole("listitem", { name: "王賀 · Reporter" })).toBeVisible();
    await assign.getByLabel("Person").selectOption({ label: photographer.name });
    await assign.getByLabel("Role").selectOption({ label: "Photographer" });
    await assign.getByLabel("Deadline").fill(`${day}T18:00`);
    await assign.getByRole("button", { name: "Assign" }).click();
    await expect(
      editor.getByRole("listitem", { name: `${photographer.name} · Photographer` }),
    ).toBeVisible();
    await expect(state(editor)).toHaveText("Assigned");

    // 王賀 sees it on his front page, hears of it, accepts, and starts the story.
    await reporter.goto("/newsroom");
    const waiting = reporter
      .getByRole("region", { name: /My assignments/ })
      .getByRole("listitem")
      .filter({ hasText: headline });
    await expect(waiting).toContainText("Waiting for your answer");
    await reporter.goto("/newsroom/notifications");
    await reporter
      .getByRole("button", { name: `You were assigned to “${headline}”` })
      .first()
      .click();
    await expect(reporter).toHaveURL(new RegExp(`/newsroom/planning/items/${item.id}$`));
    const mine = reporter.getByRole("listitem", { name: "王賀 · Reporter" });
    await mine.getByRole("button", { name: "Accept" }).click();
    await expect(mine.getByText("Accepted", { exact: true })).toBeVisible();
    await reporter.getByRole("button", { name: "Start story" }).click();
    await expect(reporter).toHaveURL(/\/newsroom\/articles\/[0-9a-f-]{36}$/);
    const articleId = reporter.url().split("/").pop()!;
    const article = await db.article.findUniqueOrThrow({
      where: { id: articleId },
      select: { headline: true, sectionId: true, dueAt: true, bylines: { select: { role: true } } },
    });
    expect(article.headline).toBe(headline);
    expect(article.sectionId).toBe(section.id);
    expect(article.bylines.map((b) => b.role).sort()).toEqual(["PHOTOGRAPHER", "REPORTER"]);
    expect(article.dueAt).not.toBeNull();
    await editor.reload();
    await expect(state(editor)).toHaveText("Draft");
    const itemPage = editor.url();
    const deskName = `Flood ${stamp}`;
    const draftRow = await budgetRow(editor, day, deskName, headline);
    await expect(draftRow).toContainText("Draft");
    await expect(draftRow).toContainText("王賀 (Reporter, accepted)");
    await expect(draftRow).toContainText(`${photographer.name} (Photographer, not answered)`);
    await expect(draftRow).toContainText("18:00");
    await editor.goto(itemPage);
    await expect(editor.getByRole("link", { name: headline }).first()).toHaveAttribute(
      "href",
      `/newsroom/articles/${articleId}`,
    );

    // The story is written and submitted: the item is in its review stage.
    const body = reporter.getByRole("textbox", { name: "Body" });
    await expect(reporter.getByTestId("workflow-status")).toBeVisible();
    await body.click();
    await body.pressSequentially("德州訊 入汛以來，市防汛指揮部逐一檢查河道、泵站和物資儲備。");
    await expect(reporter.locator("[data-save-status]")).toHaveText("Saved");
    await Promise.all([
      reporter.waitForEvent("load"),
      reporter.getByRole("button", { name: "Submit for review", exact: true }).click(),
    ]);
    await editor.reload();
    await expect(state(editor)).toHaveText("In review · Review");
    await expect(await budgetRow(editor, day, deskName, headline)).toContainText(
      "In review: Review",
    );
    await editor.goto(itemPage);

    // 李榕 approves and publishes it: the item says "Published".
    const origin = e2eBaseUrl;
    for (const transition of ["approve", "publish"]) {
      const { version } = await db.article.findUniqueOrThrow({ where: { id: articleId } });
      const answer = await editor.request.post(`/api/v1/articles/${articleId}/transitions`, {
        headers: { origin },
        data: { transition, version },
      });
      expect(answer.status()).toBe(200);
    }
    await editor.reload();
    await expect(state(editor)).toHaveText("Published");
    const { body: written } = await db.article.findUniqueOrThrow({ where: { id: articleId } });
    const actual = countBodyUnits(written);
    expect(actual).toBeGreaterThan(20);
    const publishedRow = await budgetRow(editor, day, deskName, headline);
    await expect(publishedRow).toContainText("Published");
    await expect(publishedRow).toContainText(`1,200 characters expected · ${actual} actual`);

    // The desk's private calendar holds 王賀's assignment, deadline 18:00 tomorrow.
    await editor.goto("/newsroom/planning/feeds");
    const desk = editor.getByRole("region", { name: `防汛${stamp} · Flood ${stamp}` });
    await desk.getByRole("button", { name: "Create feed" }).click();
    const address = desk.getByLabel(`Address of 防汛${stamp} · Flood ${stamp}`);
    await expect(address).toHaveValue(/\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
    const feed = await editor
      .context()
      .request.fetch(new URL(await address.inputValue()).pathname, {
        headers: { cookie: "" },
      });
    expect(feed.status()).toBe(200);
    const events = new ICAL.Component(ICAL.parse(await feed.text()))
      .getAllSubcomponents("vevent")
      .map((vevent) => new ICAL.Event(vevent));
    const reporting = events.find(
      (event) => event.summary.includes(headline) && event.summary.includes("Reporter"),
    );
    expect(reporting?.startDate.toJSDate().toISOString()).toBe(
      wallTimeToInstant(`${day}T18:00`, newsroomTimeZone())!.toISOString(),
    );
    expect(events.filter((event) => event.summary.includes(headline))).toHaveLength(2);
  });
});
