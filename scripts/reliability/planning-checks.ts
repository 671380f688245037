import type { PrismaClient } from "../../lib/db-client";
import { instantToWallTime, newsroomTimeZone } from "../../lib/time-zone";
import { can } from "../../lib/workflow/permissions";
import { createAssignment, createPlanItem, createUser } from "../../prisma/factories";
import type { Check, Fixture } from "./action-checks";

export type PlanFixture = {
  /** A pitch waiting for a decision. */
  pitchId: string;
  /** A planned item at version 1 with no story and nobody on it. */
  itemId: string;
  /** A planned item with the fixture's owner on it (accepted), for "Start story". */
  ownedItemId: string;
  /** A waiting assignment of the owner's. */
  assignmentId: string;
  /** Someone to assign. */
  personId: string;
};

const DAY = "2027-06-01";

/** Fresh planning data for each call (action-fixture.ts): every allowed call can succeed. */
export async function makeFixturePlan(db: PrismaClient, ownerId: string): Promise<PlanFixture> {
  const editor = await createUser(db, { role: "EDITOR" });
  const pitch = await createPlanItem(db, { pitchedById: ownerId, day: DAY, status: "PITCHED" });
  const item = await createPlanItem(db, { pitchedById: editor.id, day: DAY });
  const owned = await createPlanItem(db, { pitchedById: editor.id, day: DAY });
  await createAssignment(db, {
    planItemId: owned.id,
    userId: ownerId,
    assignedById: editor.id,
    status: "ACCEPTED",
  });
  const waiting = await createAssignment(db, {
    planItemId: item.id,
    userId: ownerId,
    assignedById: editor.id,
  });
  return {
    pitchId: pitch.id,
    itemId: item.id,
    ownedItemId: owned.id,
    assignmentId: waiting.id,
    personId: editor.id,
  };
}

const tomorrow = () => instantToWallTime(new Date(Date.now() + 86_400_000), newsroomTimeZone());
const item = (db: PrismaClient, id: string) =>
  db.planItem.findUniqueOrThrow({
    where: { id },
    select: { status: true, version: true, articleId: true },
  });
const fields = { headline: "防汛", day: DAY, lengthUnit: "CHARACTERS" };

/** Pitches and planned items: pitching is everyone's, deciding and assigning the desk's. */
export function planningChecks(): Check[] {
  const manage: Check["allowed"] = (a) => can(a, "plan.manage");
  const anyone: Check["allowed"] = (a) => can(a, "plan.pitch");
  const assignments = (f: Fixture) => (db: PrismaClient) =>
    db.assignment.findMany({
      where: { planItemId: f.plan.itemId },
      select: { status: true },
      orderBy: { id: "asc" },
    });
  return [
    {
      action: "createPitchAction",
      args: () => [fields],
      allowed: anyone,
      effect: (db) => db.planItem.count(),
    },
    {
      action: "decidePitchAction",
      args: (f) => [{ itemId: f.plan.pitchId, decision: "accept" }],
      allowed: manage,
      effect: (db, f) => item(db, f.plan.pitchId),
    },
    {
      action: "createPlanItemAction",
      args: () => [fields],
      allowed: manage,
      effect: (db) => db.planItem.count(),
    },
    {
      action: "updatePlanItemAction",
      args: (f) => [{ ...fields, itemId: f.plan.itemId, version: 1 }],
      allowed: manage,
      effect: (db, f) => item(db, f.plan.itemId),
    },
    {
      action: "spikePlanItemAction",
      args: (f) => [{ itemId: f.plan.itemId, version: 1, spiked: true }],
      allowed: manage,
      effect: (db, f) => item(db, f.plan.itemId),
    },
    {
      action: "assignAction",
      args: (f) => [
        {
          itemId: f.plan.itemId,
          userId: f.plan.personId,
          role: "PHOTOGRAPHER",
          deadline: tomorrow(),
        },
      ],
      allowed: manage,
      effect: (db, f) => assignments(f)(db),
    },
    {
      action: "withdrawAssignmentAction",
      args: (f) => [{ assignmentId: f.plan.assignmentId }],
      allowed: manage,
      effect: (db, f) => assignments(f)(db),
    },
    {
      // Only the assignee's own: anyone else is told it does not exist.
      action: "respondToAssignmentAction",
      args: (f) => [{ assignmentId: f.plan.assignmentId, answer: "accept" }],
      allowed: (_a, who) => who === "owner",
      effect: (db, f) => assignments(f)(db),
    },
    {
      action: "startStoryAction",
      args: (f) => [{ itemId: f.plan.ownedItemId }],
      allowed: (a, who) => can(a, "article.create") && (who === "owner" || can(a, "plan.manage")),
      effect: (db, f) => item(db, f.plan.ownedItemId),
    },
    {
      action: "linkStoryAction",
      args: (f) => [{ itemId: f.plan.itemId, articleId: f.draft.id }],
      allowed: manage,
      effect: (db, f) => item(db, f.plan.itemId),
    },
  ];
}

/** Refused for everyone: bad lengths, a day that does not exist, ids that do not. */
export function planningHostileCalls(uuid: () => string): Record<string, () => unknown[]> {
  return {
    createPitchAction: () => [{ ...fields, expectedLength: "about 800" }],
    decidePitchAction: () => [{ itemId: uuid(), decision: "decline" }],
    createPlanItemAction: () => [{ ...fields, day: "2027-02-30" }],
    updatePlanItemAction: () => [{ ...fields, itemId: uuid(), version: 1 }],
    spikePlanItemAction: () => [{ itemId: uuid(), version: 1, spiked: true }],
    assignAction: () => [
      { itemId: uuid(), userId: uuid(), role: "REPORTER", deadline: "2020-01-01T08:00" },
    ],
    withdrawAssignmentAction: () => [{ assignmentId: uuid() }],
    respondToAssignmentAction: () => [{ assignmentId: uuid(), answer: "decline" }],
    startStoryAction: () => [{ itemId: uuid() }],
    linkStoryAction: () => [{ itemId: uuid(), articleId: uuid() }],
  };
}
