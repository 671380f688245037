import { randomUUID } from "node:crypto";
import { newsroomTimeZone, wallTimeToInstant } from "../../lib/time-zone";
import { SAN_SHEN_SAN_JIAO } from "../../lib/workflow/review-chain";
import {
  createArticle,
  createAssignment,
  createPlanItem,
  createUser,
  FACTORY_PASSWORD,
} from "../../prisma/factories";
import { signIn } from "../fixtures/auth";
import { e2eDb } from "../fixtures/db";
import { expect, test } from "../fixtures/session";

const db = e2eDb();
test.afterAll(() => db.$disconnect());

/**
 * Tuesdays in 2027 that only this spec plans for (DAY's week runs 16–22 August); each test
 * has its own, so the totals of one do not count the other's items.
 */
const DAY = "2027-08-17";
const NO_SCRIPT_DAY = "2027-08-24";
const REPORTER_DAY = "2027-08-31";
const NEW_ITEM_DAY = "2027-09-07";
const at = (wall: string) => wallTimeToInstant(wall, newsroomTimeZone())!;

/** The spec's own desks, people, items, stories and an event on DAY's week. */
async function plan(day = DAY) {
  const m = randomUUID().slice(0, 8);
  const editor = await createUser(db, { role: "EDITOR", name: `Desk editor ${m}` });
  const reporter = await createUser(db, { name: `Reporter ${m}` });
  const photographer = await createUser(db, { name: `Photographer ${m}` });
  const desk = (slug: string, name: string, nameEn: string, position: number) =>
    db.section.create({ data: { slug: `${slug}-${m}`, name, nameEn, position } });
  const news = await desk("budget-news", `要聞${m}`, `News ${m}`, 900);
  const sport = await desk("budget-sport", `體育${m}`, `Sport ${m}`, 901);
  const inReview = await createArticle(db, {
    createdById: reporter.id,
    status: "SUBMITTED",
    reviewChain: SAN_SHEN_SAN_JIAO,
    reviewStage: 0,
  });
  const published = await createArticle(db, { createdById: reporter.id, status: "PUBLISHED" });
  const item = (headline: string, sectionId: string, extra: object = {}) =>
    createPlanItem(db, { pitchedById: editor.id, day, headline, sectionId, ...extra });
  const lead = await item(`Lead ${m}`, news.id, { articleId: inReview.id, expectedLength: 1200 });
  const match = await item(`Match ${m}`, sport.id, { webSlot: "Sport 12:00", printPage: "B2" });
  await item(`Result ${m}`, sport.id, { articleId: published.id });
  await item(`Spiked ${m}`, news.id, { status: "SPIKED" });
  await createAssignment(db, {
    planItemId: lead.id,
    userId: reporter.id,
    assignedById: editor.id,
    status: "ACCEPTED",
    deadline: at(`${day}T18:00`),
  });
  await createAssignment(db, {
    planItemId: match.id,
    userId: photographer.id,
    assignedById: editor.id,
    role: "PHOTOGRAPHER",
    deadline: at(`${day}T15:30`),
  });
  await db.planEvent.create({
    data: {
      title: `Press conference ${m}`,
      startsAt: at("2027-08-19T10:00"),
      place: "City hall",
      sectionId: news.id,
      links: [],
      createdById: editor.id,
    },
  });
  return { m, news, sport, reporter };
}

test.describe("[PLANNING] The daily budget", () => {
  test.use({ role: "editor" });

  test("a day by section with states and lengths; filters, days, the week, CSV and print", async ({
    page,
  }, testInfo) => {
    const { m, news, sport, reporter } = await plan();
    await page.goto(`/newsroom/budget?day=${DAY}&desk=`);
    await expect(
      page.getByRole("heading", { level: 1, name: "Budget for Tuesday, August 17, 2027" }),
    ).toBeVisible();
    const newsDesk = page.getByRole("region", { name: `News ${m}` });
    const lead = newsDesk.getByRole("row").filter({ hasText: `Lead ${m}` });
    await expect(lead.getByRole("link", { name: `Lead ${m}` })).toHaveAttribute(
      "href",
      /\/newsroom\/planning\/items\/[0-9a-f-]{36}$/,
    );
    await expect(lead).toContainText("In review: First review");
    await expect(lead).toContainText("1,200 characters expected · 4 actual");
    await expect(lead).toContainText(`Reporter ${m} (Reporter, accepted)`);
    await expect(lead).toContainText("18:00");
    const match = page.getByRole("region", { name: `Sport ${m}` }).getByRole("row", {
      name: new RegExp(`Match ${m}`),
    });
    await expect(match).toContainText("Assigned");
    await expect(match).toContainText("Web: Sport 12:00");
    await expect(match).toContainText("Print: B2");
    await expect(match).toContainText(`Photographer ${m} (Photographer, not answered)`);
    await expect(page.getByText(`Spiked ${m}`)).toHaveCount(0);
    await expect(page.getByText("3 items · 1 published")).toBeVisible();
    // Sections in the newsroom's order.
    const headings = await page.getByRole("heading", { level: 2 }).allTextContents();
    expect(headings.indexOf(`News ${m}`)).toBeLessThan(headings.indexOf(`Sport ${m}`));
    for (const width of [1280, 375]) {
      await page.setViewportSize({ width, height: 900 });
      await page.screenshot({ path: testInfo.outputPath(`budget-${width}.png`), fullPage: true });
    }
    await page.setViewportSize({ width: 1280, height: 900 });

    // Filters: desk, person, state.
    const filters = page.getByRole("search", { name: "Budget filters" });
    await filters.getByLabel("Desk").selectOption({ label: `Sport ${m}` });
    await filters.getByRole("button", { name: "Show" }).click();
    await expect(page).toHaveURL(new RegExp(`desk=${sport.slug}`));
    await expect(page.getByRole("region", { name: `News ${m}` })).toHaveCount(0);
    await expect(page.getByRole("link", { name: `Match ${m}` })).toBeVisible();
    await page.goto(`/newsroom/budget?day=${DAY}&person=${reporter.id}`);
    await expect(page.getByRole("link", { name: `Lead ${m}` })).toBeVisible();
    await expect(page.getByRole("link", { name: `Match ${m}` })).toHaveCount(0);
    await page.goto(`/newsroom/budget?day=${DAY}`);
    await page.getByLabel("State").selectOption({ label: "Spiked" });
    await page.getByRole("button", { name: "Show" }).click();
    await expect(page.getByRole("link", { name: `Spiked ${m}` })).toBeVisible();
    await expect(page.getByRole("link", { name: `Lead ${m}` })).toHaveCount(0);

    // Previous and next day.
    await page.goto(`/newsroom/budget?day=${DAY}`);
    await page.getByRole("link", { name: "Next day" }).click();
    await expect(
      page.getByRole("heading", { level: 1, name: "Budget for Wednesday, August 18, 2027" }),
    ).toBeVisible();
    await expect(page.getByText("Nothing is planned for this day.")).toBeVisible();
    await page.getByRole("link", { name: "Previous day" }).click();
    await expect(page.getByRole("link", { name: `Lead ${m}` })).toBeVisible();

    // The week, with the event on its day.
    await page.getByRole("link", { name: "Week", exact: true }).click();
    await expect(
      page.getByRole("heading", { level: 1, name: /week of Monday, August 16, 2027/ }),
    ).toBeVisible();
    const tuesday = page.getByRole("region", { name: "Tuesday, August 17" });
    await expect(tuesday.getByRole("link", { name: `Lead ${m}` })).toBeVisible();
    await expect(tuesday).toContainText(`News ${m} · In review: First review · Reporter ${m}`);
    const thursday = page.getByRole("region", { name: "Thursday, August 19" });
    await expect(thursday).toContainText(`10:00Press conference ${m} · City hall`);
    await page.screenshot({ path: testInfo.outputPath("budget-week.png"), fullPage: true });
    await page.getByRole("link", { name: "Day", exact: true }).click();
    await expect(
      page.getByRole("heading", { level: 1, name: /^Budget for Tuesday/ }),
    ).toBeVisible();

    // Export CSV: the same filters, a file for a spreadsheet.
    await page.goto(`/newsroom/budget?day=${DAY}&desk=${news.slug}`);
    const href = await page.getByRole("link", { name: "Export CSV" }).getAttribute("href");
    expect(href).toBe(`/newsroom/budget/export?day=${DAY}&desk=${news.slug}`);
    const csv = await page.request.get(href!);
    expect(csv.status()).toBe(200);
    expect(csv.headers()["content-type"]).toBe("text/csv; charset=utf-8");
    expect(csv.headers()["content-disposition"]).toContain(`budget-${DAY}.csv`);
    const text = (await csv.body()).toString("utf8");
    expect(text.startsWith("\uFEFF")).toBe(true);
    const lines = text.slice(1).trim().split("\r\n");
    expect(lines[0]).toBe(
      "Day,Section,Headline,State,Stage,Web slot,Print page,Assignees,Deadline,Expected length,Unit,Actual length,Story URL",
    );
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(
      new RegExp(
        `^${DAY},News ${m},Lead ${m},In review,First review,,,Reporter ${m} \\(Reporter\\),${DAY} 18:00,1200,characters,4,http.*/newsroom/articles/[0-9a-f-]{36}$`,
      ),
    );

    // Print: the day's heading and tables, no navigation, filters or buttons.
    await page.emulateMedia({ media: "print" });
    await expect(
      page.getByRole("heading", { level: 1, name: /^Budget for Tuesday/ }),
    ).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Newsroom navigation" })).toBeHidden();
    await expect(page.getByRole("navigation", { name: "Planning" })).toBeHidden();
    await expect(page.getByRole("search", { name: "Budget filters" })).toBeHidden();
    await expect(page.getByRole("link", { name: "Export CSV" })).toBeHidden();
    await expect(page.getByRole("link", { name: `Lead ${m}` })).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath("budget-print.png"), fullPage: true });
    await page.pdf({ path: testInfo.outputPath("budget.pdf"), preferCSSPageSize: true });
  });

  test("without JavaScript, the filter form still filters", async ({ browser }) => {
    const { m, sport } = await plan(NO_SCRIPT_DAY);
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`/newsroom/budget?day=${NO_SCRIPT_DAY}`);
    await expect(page.getByRole("link", { name: `Lead ${m}` })).toBeVisible();
    await page.getByLabel("Desk").selectOption({ label: `Sport ${m}` });
    await page.getByRole("button", { name: "Show" }).click();
    await expect(page).toHaveURL(new RegExp(`day=${NO_SCRIPT_DAY}&desk=${sport.slug}`));
    await expect(page.getByRole("link", { name: `Match ${m}` })).toBeVisible();
    await expect(page.getByRole("link", { name: `Lead ${m}` })).toHaveCount(0);
    await context.close();
  });

  test("an editor puts a story straight on the day's budget", async ({ page }) => {
    const headline = `Council vote ${randomUUID().slice(0, 8)}`;
    await page.goto(`/newsroom/budget?day=${NEW_ITEM_DAY}`);
    await page.getByRole("link", { name: "New planned item" }).click();
    await expect(page).toHaveURL(/\/newsroom\/planning\/items\/new\?day=/);
    await expect(page.getByLabel("Day", { exact: true })).toHaveValue(NEW_ITEM_DAY);
    await page.getByLabel("Working headline").fill(headline);
    await page.getByLabel("Web slot").fill("Top stories");
    await page.getByRole("button", { name: "Add to budget" }).click();
    await expect(page.getByRole("heading", { level: 1, name: headline })).toBeVisible();
    await expect(page.getByTestId("plan-state")).toHaveText("Unassigned");
    await page.goto(`/newsroom/budget?day=${NEW_ITEM_DAY}`);
    const row = page.getByRole("row").filter({ hasText: headline });
    await expect(row).toContainText("Web: Top stories");
    await expect(row).toContainText("Unassigned");
  });

  test("a reporter sees the link to a story only where they could open it", async ({ browser }) => {
    const { m, reporter } = await plan(REPORTER_DAY);
    const other = await createUser(db, { name: `Other reporter ${m}` });
    const visit = async (email: string) => {
      // Not the editor's session this describe block signs every context in with.
      const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
      const page = await context.newPage();
      await signIn(page, email, FACTORY_PASSWORD);
      await page.goto(`/newsroom/budget?day=${REPORTER_DAY}`);
      const lead = page.getByRole("row").filter({ hasText: `Lead ${m}` });
      await expect(lead).toContainText("In review");
      const links = await lead.getByRole("link", { name: "Open the story" }).count();
      await context.close();
      return links;
    };
    // The story's author (and its assignee) has the link; another reporter sees its state only.
    expect(await visit(reporter.email)).toBe(1);
    expect(await visit(other.email)).toBe(0);
  });

  test("a day that cannot be read shows today's budget with a notice", async ({ page }) => {
    const response = await page.goto("/newsroom/budget?day=2027-02-30");
    expect(response?.status()).toBe(200);
    await expect(
      page.getByText("That day could not be read, so this is today's budget."),
    ).toBeVisible();
    await expect(page.getByRole("heading", { level: 1, name: /^Budget for / })).toBeVisible();
  });
});
