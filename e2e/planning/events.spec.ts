import ICAL from "ical.js";
import {
  createAssignment,
  createPlanItem,
  createUser,
  FACTORY_PASSWORD,
} from "../../prisma/factories";
import { DEMO, signIn } from "../fixtures/auth";
import { e2eDb } from "../fixtures/db";
import { expect, test } from "../fixtures/session";

const db = e2eDb();
test.afterAll(() => db.$disconnect());

// A Wednesday no other spec plans for, so parallel specs never see these events.
const DAY = "2027-03-17";
const WEEK = `/newsroom/planning/events?week=${DAY}`;

test.describe("[PLANNING] events", () => {
  test.use({ role: "editor" });

  test("an editor creates an event in its week; a reporter reads it without the controls", async ({
    page,
    pageAs,
  }) => {
    const title = `教育局記者會 E2E ${Date.now()}`;
    await page.goto(WEEK);
    await expect(page.getByRole("heading", { name: "Events", level: 1 })).toBeVisible();
    await page.getByRole("button", { name: "New event" }).click();
    const dialog = page.getByRole("dialog", { name: "New event" });
    await dialog.getByLabel("Title").fill(title);
    await dialog.getByLabel("Starts").fill(`${DAY}T14:30`);
    await dialog.getByLabel("Ends").fill(`${DAY}T15:30`);
    await dialog.getByLabel("Place").fill("政府總部，添馬");
    await dialog.getByLabel("Links").fill("javascript:alert(1)");
    await dialog.getByRole("button", { name: "Create event" }).click();
    // Refused beside the field, the dialog kept as typed; nothing was written.
    await expect(dialog.getByText("Write each link as a full address")).toBeVisible();
    expect(await db.planEvent.count({ where: { title } })).toBe(0);
    await dialog.getByLabel("Links").fill("https://gov.example/press");
    await dialog.getByRole("button", { name: "Create event" }).click();
    await expect(dialog).toBeHidden();

    const wednesday = page.getByRole("region", { name: "Wednesday, March 17, 2027" });
    const event = wednesday.getByRole("article", { name: title });
    await expect(event).toBeVisible();
    await expect(wednesday.getByText("14:30–15:30")).toBeVisible();
    await expect(event.getByText("政府總部，添馬")).toBeVisible();
    await expect(event.getByRole("link", { name: "https://gov.example/press" })).toHaveAttribute(
      "href",
      "https://gov.example/press",
    );
    const stored = await db.planEvent.findFirstOrThrow({ where: { title } });
    // 14:30 newsroom time (Asia/Shanghai) is 06:30 UTC.
    expect(stored.startsAt.toISOString()).toBe(`${DAY}T06:30:00.000Z`);

    await page.getByRole("link", { name: "Next week" }).click();
    await expect(page).toHaveURL(/week=2027-03-22$/);
    await expect(page.getByRole("article", { name: title })).toHaveCount(0);

    const reporter = await pageAs("reporter");
    await reporter.goto(WEEK);
    await expect(reporter.getByRole("article", { name: title })).toBeVisible();
    await expect(reporter.getByRole("button", { name: "New event" })).toHaveCount(0);
    await expect(reporter.getByRole("button", { name: /^Edit event/ })).toHaveCount(0);
    await expect(reporter.getByRole("button", { name: /^Delete event/ })).toHaveCount(0);
  });
});

test.describe("[PLANNING] calendar feeds", () => {
  test("a person's feed holds their assignment; regenerating makes the old address 404", async ({
    page,
    request,
  }) => {
    const editor = await db.user.findUniqueOrThrow({ where: { email: DEMO.editor.email } });
    const person = await createUser(db, { role: "REPORTER" });
    const item = await createPlanItem(db, {
      pitchedById: editor.id,
      day: DAY,
      headline: `訂閱測試 E2E ${Date.now()}`,
    });
    const assignment = await createAssignment(db, {
      planItemId: item.id,
      userId: person.id,
      assignedById: editor.id,
      role: "PHOTOGRAPHER",
      deadline: new Date(Date.now() + 5 * 86_400_000),
    });
    await signIn(page, person.email, FACTORY_PASSWORD);
    await page.goto("/newsroom/planning/feeds");
    const mine = page.getByRole("region", { name: "My calendar" });
    await mine.getByRole("button", { name: "Create feed" }).click();
    const address = mine.getByLabel("Address of My calendar");
    await expect(address).toHaveValue(/\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
    const first = new URL(await address.inputValue()).pathname;

    // No session: the address is the key (this request context has no cookies).
    const feed = await request.get(first);
    expect(feed.status()).toBe(200);
    expect(feed.headers()["content-type"]).toBe("text/calendar; charset=utf-8");
    expect(feed.headers()["cache-control"]).toBe("private, no-store");
    const events = new ICAL.Component(ICAL.parse(await feed.text()))
      .getAllSubcomponents("vevent")
      .map((vevent) => new ICAL.Event(vevent));
    const deadline = events.find((event) => event.uid === `assignment-${assignment.id}@galley`);
    expect(deadline?.summary).toBe(`截稿 Deadline: ${item.headline} (攝影 Photographer)`);
    expect(deadline?.description).toContain(`/newsroom/planning/items/${item.id}`);

    await mine.getByRole("button", { name: "Regenerate address" }).click();
    const confirm = page.getByRole("dialog", { name: "Regenerate the address of My calendar?" });
    await confirm.getByRole("button", { name: "Regenerate address" }).click();
    await expect(address).not.toHaveValue(new RegExp(`${first}$`));
    const second = new URL(await address.inputValue()).pathname;
    expect((await request.get(first)).status()).toBe(404);
    expect((await request.get(second)).status()).toBe(200);
  });
});
