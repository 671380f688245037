import { randomUUID } from "node:crypto";
import {
  createArticle,
  createAssignment,
  createPlanItem,
  createUser,
} from "../../prisma/factories";
import { DEMO } from "../fixtures/auth";
import { e2eDb } from "../fixtures/db";
import { expect as baseExpect, test } from "../fixtures/session";

const expect = baseExpect.configure({ timeout: 15_000 });
const db = e2eDb();
test.afterAll(() => db.$disconnect());

/** A day no other spec plans for. */
const DAY = "2027-10-05";

test.describe("[PLANNING] the desk's moves on a pitch and an item", () => {
  test.describe.configure({ timeout: 180_000 });

  test("decline with a note, decline an assignment, reassign, withdraw, link a story, spike and restore, a stale edit", async ({
    pageAs,
  }) => {
    const m = randomUUID().slice(0, 8);
    const [editorUser, reporterUser] = await Promise.all([
      db.user.findUniqueOrThrow({ where: { email: DEMO.editor.email } }),
      db.user.findUniqueOrThrow({ where: { email: DEMO.reporter.email } }),
    ]);
    const stand = await createUser(db, { name: `替補記者 ${m}` });
    const pitch = await createPlanItem(db, {
      pitchedById: reporterUser.id,
      day: DAY,
      status: "PITCHED",
      headline: `不採用的報題 ${m}`,
    });
    const item = await createPlanItem(db, {
      pitchedById: editorUser.id,
      day: DAY,
      headline: `交通整治 ${m}`,
    });
    const given = await createAssignment(db, {
      planItemId: item.id,
      userId: reporterUser.id,
      assignedById: editorUser.id,
    });
    const story = await createArticle(db, {
      createdById: editorUser.id,
      headline: `已寫好的交通稿 ${m}`,
    });
    const editor = await pageAs("editor");
    const reporter = await pageAs("reporter");

    // A pitch is declined with a note, which the pitcher reads under "My pitches".
    await editor.goto("/newsroom/planning/pitches");
    await editor.getByRole("button", { name: `Decline “${pitch.headline}”` }).click();
    const dialog = editor.getByRole("dialog", { name: `Decline “${pitch.headline}”` });
    await dialog.getByRole("button", { name: "Decline" }).click();
    await expect(
      dialog.getByText("Say why; the other person reads it (up to 1,000 characters)."),
    ).toBeVisible();
    expect((await db.planItem.findUniqueOrThrow({ where: { id: pitch.id } })).status).toBe(
      "PITCHED",
    );
    await dialog.getByLabel("Note").fill("本週已有同題稿件。");
    await dialog.getByRole("button", { name: "Decline" }).click();
    await expect(dialog).toBeHidden();
    await reporter.goto("/newsroom/planning/pitches");
    const mine = reporter.getByRole("listitem").filter({ hasText: pitch.headline });
    await expect(mine).toContainText("Declined by 李榕");
    await expect(mine).toContainText("本週已有同題稿件。");

    // 王賀 declines his assignment with a reason; the item says "Turned down".
    await reporter.goto(`/newsroom/planning/items/${item.id}`);
    await reporter
      .getByRole("listitem", { name: "王賀 · Reporter" })
      .getByRole("button", { name: "Decline" })
      .click();
    const why = reporter.getByRole("dialog", { name: "Decline this assignment" });
    await why.getByLabel("Reason").fill("當天在外地採訪。");
    await why.getByRole("button", { name: "Decline" }).click();
    await expect(reporter.getByTestId("plan-state")).toHaveText("Turned down");

    // 李榕 reassigns it; the old assignment can no longer be accepted.
    await editor.goto(`/newsroom/planning/items/${item.id}`);
    await expect(editor.getByText("Declined — 當天在外地採訪。")).toBeVisible();
    await editor.getByRole("button", { name: "Reassign 王賀" }).click();
    const reassign = editor.getByRole("form", { name: "Reassign" });
    await reassign.getByLabel("Person").selectOption({ label: stand.name });
    await reassign.getByRole("button", { name: "Reassign" }).click();
    await expect(editor.getByRole("listitem", { name: `${stand.name} · Reporter` })).toBeVisible();
    await expect(editor.getByTestId("plan-state")).toHaveText("Assigned");
    expect((await db.assignment.findUniqueOrThrow({ where: { id: given.id } })).status).toBe(
      "WITHDRAWN",
    );
    await editor.getByRole("button", { name: `Withdraw ${stand.name}` }).click();
    await expect(editor.getByTestId("plan-state")).toHaveText("Unassigned");

    // A story written before is linked; the item follows it.
    await editor.getByLabel("Story to link").selectOption({ label: story.headline });
    await editor.getByRole("button", { name: "Link story" }).click();
    await expect(editor.getByTestId("plan-state")).toHaveText("Draft");

    // Spike, then restore.
    await editor.getByRole("button", { name: "Spike" }).click();
    await editor
      .getByRole("dialog", { name: "Spike this item" })
      .getByRole("button", { name: "Spike" })
      .click();
    await expect(editor.getByTestId("plan-state")).toHaveText("Spiked");
    await editor.getByRole("button", { name: "Restore to budget" }).click();
    await expect(editor.getByTestId("plan-state")).toHaveText("Draft");

    // Someone else changes the item while 李榕's form is open: his save is refused, nothing lost.
    await db.planItem.update({
      where: { id: item.id },
      data: { headline: `別人改的 ${m}`, version: { increment: 1 } },
    });
    const edit = editor.getByRole("form", { name: "Edit planned item" });
    await edit.getByLabel("Working headline").fill(`我的標題 ${m}`);
    await edit.getByRole("button", { name: "Save changes" }).click();
    await expect(
      edit.getByText(
        "Someone changed this item after you opened it. Reload to see their change, then make yours again. Nothing was saved.",
      ),
    ).toBeVisible();
    expect((await db.planItem.findUniqueOrThrow({ where: { id: item.id } })).headline).toBe(
      `別人改的 ${m}`,
    );
  });
});
