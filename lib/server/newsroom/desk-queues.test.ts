import { randomBytes } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { SAN_SHEN_SAN_JIAO } from "@/lib/workflow/review-chain";
import { createArticle, createUser } from "@/prisma/factories";
import { listStories } from "./list-stories";
import { listDeskQueues, listReviewQueue, listWaitingForMe } from "./queues";

afterAll(() => db.$disconnect());

const HOUR = 3600_000;
const ago = (hours: number) => new Date(Date.now() - hours * HOUR);

/**
 * A section run 三審三校 with a desk head, and one story at each stage (plus one sent
 * back and one draft). Stories wait since 2001 + their stage, so they are the oldest in
 * review and their order is known.
 */
async function newsroom() {
  const run = randomBytes(4).toString("hex");
  const [reporter, editor, head, proofreader, admin] = await Promise.all([
    createUser(db),
    createUser(db, { role: "EDITOR" }),
    createUser(db, { role: "EDITOR" }),
    createUser(db, { role: "PROOFREADER" }),
    createUser(db, { role: "ADMIN" }),
  ]);
  const section = await db.section.create({
    data: {
      slug: `desk-${run}`,
      name: `要聞${run}`,
      nameEn: `News ${run}`,
      heads: { create: { userId: head.id } },
    },
  });
  const atStage = (reviewStage: number, extra: { statusChangedAt?: Date; dueAt?: Date } = {}) =>
    createArticle(db, {
      createdById: reporter.id,
      status: "SUBMITTED",
      sectionId: section.id,
      reviewChain: SAN_SHEN_SAN_JIAO,
      reviewStage,
      statusChangedAt: extra.statusChangedAt ?? new Date(Date.UTC(2001, 0, 1 + reviewStage)),
      ...(extra.dueAt ? { dueAt: extra.dueAt } : {}),
    });
  const stories = {
    first: await atStage(0),
    second: await atStage(1),
    proof1: await atStage(2, { dueAt: ago(1) }),
    // Waiting longer than proof1 at its stage, so it comes first.
    proof3: await atStage(4, { statusChangedAt: new Date(Date.UTC(2000, 0, 1)) }),
    final: await atStage(5),
    sentBack: await createArticle(db, {
      createdById: reporter.id,
      status: "CHANGES_REQUESTED",
      sectionId: section.id,
    }),
  };
  const actor = (user: { id: string; role: "REPORTER" | "EDITOR" | "PROOFREADER" | "ADMIN" }) => ({
    id: user.id,
    role: user.role,
  });
  return { run, section, stories, reporter, editor, head, proofreader, admin, actor };
}

/** Our stories' keys in the order a list gives them (other tests' stories left out). */
function ours(rows: Array<{ id: string }>, stories: Record<string, { id: string }>) {
  const byId = new Map(Object.entries(stories).map(([key, story]) => [story.id, key]));
  return rows.flatMap((row) => (byId.has(row.id) ? [byId.get(row.id)!] : []));
}

describe("Waiting for me", () => {
  it("gives each person the stories at a stage they may pass, longest waiting first", async () => {
    const n = await newsroom();
    const waiting = async (user: Parameters<typeof n.actor>[0]) =>
      ours(await listWaitingForMe(n.actor(user)), n.stories);
    // Proofreaders: only the proof rounds (一校, 三校), not 初審, 複審 or 終審.
    expect(await waiting(n.proofreader)).toEqual(["proof3", "proof1"]);
    // An editor passes 初審; 複審 belongs to the desk head, whom the editor role does not make.
    expect(await waiting(n.editor)).toEqual(["first"]);
    expect(await waiting(n.head)).toEqual(["first", "second"]);
    expect(await waiting(n.admin)).toEqual(["final"]);
    // A reporter passes no stage, even as a section's desk head.
    await db.sectionHead.create({ data: { sectionId: n.section.id, userId: n.reporter.id } });
    expect(await listWaitingForMe(n.actor(n.reporter))).toEqual([]);
  });

  it("names each story's stage and flags the one whose deadline passed", async () => {
    const n = await newsroom();
    const rows = await listWaitingForMe(n.actor(n.proofreader));
    const proof1 = rows.find((row) => row.id === n.stories.proof1.id)!;
    const proof3 = rows.find((row) => row.id === n.stories.proof3.id)!;
    expect(proof1.stage).toEqual({ key: "proof-1", name: SAN_SHEN_SAN_JIAO[2]!.name });
    expect(proof1).toMatchObject({ isOverdue: true, sectionName: n.section.name });
    expect(proof3).toMatchObject({ isOverdue: false, dueAt: null });
    expect(proof3.stage?.name.en).toBe("Third proof");
  });

  it("lets a person named on a stage pass it, whatever their role", async () => {
    const n = await newsroom();
    const named = await createUser(db, { role: "EDITOR" });
    const chain = SAN_SHEN_SAN_JIAO.map((stage, index) =>
      index === 5 ? { ...stage, userIds: [named.id] } : stage,
    );
    await db.article.update({ where: { id: n.stories.final.id }, data: { reviewChain: chain } });
    expect(ours(await listWaitingForMe(n.actor(named)), n.stories)).toEqual(["first", "final"]);
  });
});

describe("the desk queues", () => {
  it("shows a desk head every story of their section in review with its stage, then those sent back", async () => {
    const n = await newsroom();
    const desks = await listDeskQueues(n.actor(n.head));
    const desk = desks.find((d) => d.section.id === n.section.id)!;
    expect(desk.section).toMatchObject({ name: n.section.name, nameEn: `News ${n.run}` });
    expect(ours(desk.stories, n.stories)).toEqual([
      "proof3",
      "first",
      "second",
      "proof1",
      "final",
      "sentBack",
    ]);
    expect(desk.stories.map((row) => row.stage?.key ?? row.status)).toEqual([
      "proof-3",
      "first-review",
      "second-review",
      "proof-1",
      "final-review",
      "CHANGES_REQUESTED",
    ]);
    // No desk for those who head none, nor for a reporter (they see only their own).
    expect(await listDeskQueues(n.actor(n.editor))).toEqual([]);
    await db.sectionHead.create({ data: { sectionId: n.section.id, userId: n.reporter.id } });
    expect(await listDeskQueues(n.actor(n.reporter))).toEqual([]);
  });

  it("gives the editors' review queue each story's stage and overdue flag", async () => {
    const n = await newsroom();
    const queue = await listReviewQueue(n.actor(n.editor), { sectionId: n.section.id });
    expect(queue.map((row) => row.stage?.key)).toEqual([
      "proof-3",
      "first-review",
      "second-review",
      "proof-1",
      "final-review",
    ]);
    expect(queue.filter((row) => row.isOverdue).map((row) => row.id)).toEqual([
      n.stories.proof1.id,
    ]);
  });
});

describe("All stories", () => {
  it("carries each story's due time, overdue only until it is published", async () => {
    const editor = await createUser(db, { role: "EDITOR" });
    const due = ago(2);
    const late = await createArticle(db, { createdById: editor.id, dueAt: due });
    const published = await createArticle(db, {
      createdById: editor.id,
      status: "PUBLISHED",
      dueAt: due,
    });
    const later = await createArticle(db, { createdById: editor.id, dueAt: ago(-5) });
    const rows = (await listStories({ id: editor.id, role: "EDITOR" }, {}, { limit: 200 })).rows;
    const row = (id: string) => rows.find((r) => r.id === id)!;
    expect(row(late.id)).toMatchObject({ dueAt: due, isOverdue: true });
    expect(row(published.id)).toMatchObject({ dueAt: due, isOverdue: false });
    expect(row(later.id).isOverdue).toBe(false);
  });
});
