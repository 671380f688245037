import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createArticle, createAssignment, createPlanItem, createUser } from "@/prisma/factories";
import { listMyAssignments } from "./list-my-assignments";

afterAll(() => db.$disconnect());

describe("listMyAssignments", () => {
  it("lists live assignments on planned, unpublished items, nearest deadline first", async () => {
    const editor = await createUser(db, { role: "EDITOR" });
    const me = await createUser(db, { role: "REPORTER" });
    const soon = new Date(Date.now() + 3_600_000);
    const later = new Date(Date.now() + 7_200_000);
    const item = (headline: string, over: Partial<Parameters<typeof createPlanItem>[1]> = {}) =>
      createPlanItem(db, { pitchedById: editor.id, day: "2027-04-01", headline, ...over });
    const a = await item("甲");
    const b = await item("乙");
    const spiked = await item("丙", { status: "SPIKED" });
    const published = await createArticle(db, { createdById: me.id, status: "PUBLISHED" });
    const done = await item("丁", { articleId: published.id });
    const base = { userId: me.id, assignedById: editor.id };
    await createAssignment(db, { ...base, planItemId: b.id, deadline: later, status: "ACCEPTED" });
    await createAssignment(db, { ...base, planItemId: a.id, deadline: soon });
    await createAssignment(db, {
      ...base,
      planItemId: a.id,
      deadline: soon,
      role: "PHOTOGRAPHER",
      status: "DECLINED",
    });
    await createAssignment(db, { ...base, planItemId: spiked.id });
    await createAssignment(db, { ...base, planItemId: done.id, status: "ACCEPTED" });
    const rows = await listMyAssignments({ id: me.id, role: "REPORTER" });
    expect(rows.map((r) => [r.headline, r.status, r.state])).toEqual([
      ["甲", "PENDING", "TURNED_DOWN"],
      ["乙", "ACCEPTED", "ACCEPTED"],
    ]);
  });
});
