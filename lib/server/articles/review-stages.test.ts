import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { SAN_SHEN_SAN_JIAO, COPY_DESK_SLOT } from "@/lib/workflow/review-chain";
import type { Role } from "@/lib/workflow/permissions";
import { articleFields, createArticle, createUser, paragraphDoc } from "@/prisma/factories";
import { saveArticle } from "./save-article";
import { getTimeline } from "./timeline";
import { listAuditLog } from "../audit/list-audit-log";
import { transitionArticle } from "./transition-article";

afterAll(() => db.$disconnect());

type Person = { id: string; role: Role };

/** 本地 with 三審三校: an editor (初審), the desk head (複審), a proofreader, the editor-in-chief. */
async function newsroom() {
  const reporter = await createUser(db, { role: "REPORTER" });
  const editor = await createUser(db, { role: "EDITOR" });
  const head = await createUser(db, { role: "EDITOR" });
  const proofreader = await createUser(db, { role: "PROOFREADER" });
  const chief = await createUser(db, { role: "ADMIN" });
  const section = await db.section.create({
    data: {
      slug: `local-${reporter.id}`,
      name: "本地",
      nameEn: "Local",
      reviewChain: SAN_SHEN_SAN_JIAO,
      heads: { create: { userId: head.id } },
    },
  });
  const article = await createArticle(db, {
    createdById: reporter.id,
    bylineUserIds: [reporter.id],
  });
  await db.article.update({ where: { id: article.id }, data: { sectionId: section.id } });
  return { reporter, editor, head, proofreader, chief, section, article };
}

async function move(actor: Person, articleId: string, transition: string, note?: string) {
  const { version } = await db.article.findUniqueOrThrow({ where: { id: articleId } });
  return transitionArticle({
    actor: { id: actor.id, role: actor.role },
    articleId,
    transition: transition as never,
    version,
    ...(note ? { note } : {}),
  });
}

async function where(articleId: string) {
  return db.article.findUniqueOrThrow({
    where: { id: articleId },
    select: { status: true, reviewStage: true, version: true },
  });
}

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe("a story through 三審三校", () => {
  it("passes every stage in order, refuses those who may not pass, and keeps every sign-off", async () => {
    const { reporter, editor, head, proofreader, chief, article } = await newsroom();
    await move(reporter, article.id, "submit");
    expect(await where(article.id)).toMatchObject({ status: "SUBMITTED", reviewStage: 0 });
    // Those who may pass 初審 (editors) hear about it; the desk head is an editor too.
    const told = await db.notification.findMany({ where: { articleId: article.id } });
    expect(told.map((n) => n.userId)).toEqual(expect.arrayContaining([editor.id, head.id]));
    expect(told.map((n) => n.userId)).not.toContain(proofreader.id);

    // A proofreader may not pass 初審, nor edit the story there: refused and audited.
    const before = await where(article.id);
    const refused = await refusal(move(proofreader, article.id, "pass"));
    expect(refused.code).toBe("FORBIDDEN");
    expect(refused.message).toBe("This story is at a review stage you may not pass.");
    expect(await where(article.id)).toEqual(before);
    expect(
      await db.auditLog.count({
        where: { actorId: proofreader.id, resourceId: article.id, outcome: "DENIED" },
      }),
    ).toBe(1);

    await move(editor, article.id, "pass", "初審通過");
    expect(await where(article.id)).toMatchObject({ reviewStage: 1 });
    // 複審 is the desk head's: another editor may neither pass nor edit it.
    expect((await refusal(move(editor, article.id, "pass"))).code).toBe("FORBIDDEN");
    const { version } = await where(article.id);
    const edit = saveArticle({
      actor: { id: editor.id, role: "EDITOR" },
      articleId: article.id,
      save: { kind: "AUTOSAVE", baseVersion: version, fields: articleFields(article.slug) },
    });
    expect((await refusal(edit)).code).toBe("FORBIDDEN");

    // Sending back needs a note; with one, the story returns to 初審 and its passer is told.
    const noNote = await refusal(move(head, article.id, "send-back"));
    expect(noNote.code).toBe("INVALID_INPUT");
    expect(await where(article.id)).toMatchObject({ reviewStage: 1, version });
    await move(head, article.id, "send-back", "導語太長");
    expect(await where(article.id)).toMatchObject({ status: "SUBMITTED", reviewStage: 0 });
    const sentBack = await db.notification.findFirst({
      where: { articleId: article.id, kind: "SENT_BACK" },
    });
    expect(sentBack).toMatchObject({ userId: editor.id, message: "導語太長" });

    await move(editor, article.id, "pass");
    await move(head, article.id, "pass");
    // 一校: the proofreader fixes a character; the round's diff is what they changed.
    const atProof = await db.article.findUniqueOrThrow({ where: { id: article.id } });
    expect(atProof.reviewStage).toBe(2);
    await saveArticle({
      actor: { id: proofreader.id, role: "PROOFREADER" },
      articleId: article.id,
      save: {
        kind: "MANUAL",
        baseVersion: atProof.version,
        fields: articleFields(atProof.slug, {
          headline: atProof.headline,
          body: paragraphDoc("校對改正的正文。"),
        }),
      },
    });
    await move(proofreader, article.id, "pass");
    await move(proofreader, article.id, "pass");
    await move(proofreader, article.id, "pass");
    expect(await where(article.id)).toMatchObject({ reviewStage: 5 });
    // 終審 is the editor-in-chief's: an editor may not approve.
    expect((await refusal(move(editor, article.id, "approve"))).code).toBe("FORBIDDEN");
    await move(chief, article.id, "approve");
    expect(await where(article.id)).toMatchObject({ status: "APPROVED", reviewStage: null });

    const signOffs = await db.stageSignOff.findMany({
      where: { articleId: article.id },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    });
    expect(
      signOffs.map((s) => [(s.stage as { key: string }).key, s.outcome, s.actorId, s.note]),
    ).toEqual([
      ["first-review", "PASSED", editor.id, "初審通過"],
      ["second-review", "SENT_BACK", head.id, "導語太長"],
      ["first-review", "PASSED", editor.id, null],
      ["second-review", "PASSED", head.id, null],
      ["proof-1", "PASSED", proofreader.id, null],
      ["proof-2", "PASSED", proofreader.id, null],
      ["proof-3", "PASSED", proofreader.id, null],
      ["final-review", "PASSED", chief.id, null],
    ]);
    const firstProof = signOffs[4]!;
    const [from, to] = await Promise.all(
      [firstProof.fromRevisionId, firstProof.toRevisionId].map((id) =>
        db.revision.findUniqueOrThrow({ where: { id: id! } }),
      ),
    );
    expect(JSON.stringify(from!.snapshot)).not.toContain("校對改正");
    expect(JSON.stringify(to!.snapshot)).toContain("校對改正");
    // Review sign-offs carry no diff; the events name their moves.
    expect(signOffs[0]!.toRevisionId).toBeNull();
    const events = await db.workflowEvent.findMany({
      where: { articleId: article.id },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    });
    expect(events.map((e) => e.transition)).toEqual([
      "submit",
      "pass",
      "send-back",
      "pass",
      "pass",
      "pass",
      "pass",
      "pass",
      "approve",
    ]);

    // The timeline tells each stage once, by its sign-off, and links the round's diff.
    const timeline = await getTimeline({ id: editor.id, role: "EDITOR" }, article.id);
    const steps = timeline.entries.flatMap((entry) =>
      entry.type === "signoff"
        ? [`${entry.stage.name.hant} ${entry.outcome}${entry.diff ? " diff" : ""}`]
        : entry.type === "event"
          ? [entry.step]
          : [],
    );
    expect(steps).toEqual([
      "submit",
      "初審 PASSED",
      "複審 SENT_BACK",
      "初審 PASSED",
      "複審 PASSED",
      "一校 PASSED diff",
      "二校 PASSED diff",
      "三校 PASSED diff",
      "approve",
      "終審 PASSED",
    ]);
    // The audit log names the stage each move left, as it was named then.
    const log = await listAuditLog(
      { id: chief.id, role: "ADMIN" },
      { filter: { article: article.id, who: proofreader.id } },
    );
    expect(
      log.items.filter((row) => row.outcome === "ALLOWED").map((row) => row.stageName?.hant),
    ).toEqual(["三校", "二校", "一校"]);
  });

  it("records exactly one pass when two people pass the same stage at once", async () => {
    const { reporter, editor, article } = await newsroom();
    const other = await createUser(db, { role: "EDITOR" });
    await move(reporter, article.id, "submit");
    const { version } = await where(article.id);
    const results = await Promise.allSettled(
      [editor, other].map((person) =>
        transitionArticle({
          actor: { id: person.id, role: "EDITOR" },
          articleId: article.id,
          transition: "pass",
          version,
        }),
      ),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const lost = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(lost.reason).toBeInstanceOf(AppError);
    expect((lost.reason as AppError).details?.reason).toMatch(/alreadyPassed|stale/);
    expect(await where(article.id)).toMatchObject({ reviewStage: 1 });
    expect(
      await db.stageSignOff.count({ where: { articleId: article.id, outcome: "PASSED" } }),
    ).toBe(1);
  });

  it("keeps the chain a story was submitted under when the section's chain changes", async () => {
    const { reporter, editor, section, article } = await newsroom();
    await move(reporter, article.id, "submit");
    await db.section.update({
      where: { id: section.id },
      data: { reviewChain: COPY_DESK_SLOT, reviewChainVersion: { increment: 1 } },
    });
    await move(editor, article.id, "pass");
    const row = await db.article.findUniqueOrThrow({ where: { id: article.id } });
    expect((row.reviewChain as Array<{ key: string }>).map((s) => s.key)).toEqual(
      SAN_SHEN_SAN_JIAO.map((s) => s.key),
    );
    expect(row.reviewStage).toBe(1);
  });
});

describe("publish now (breaking news)", () => {
  it("is the editor-in-chief's, needs a reason, and records the stages it skipped", async () => {
    const { reporter, editor, head, chief, article } = await newsroom();
    await move(reporter, article.id, "submit");
    await move(editor, article.id, "pass");
    expect((await refusal(move(editor, article.id, "publish-now", "急"))).code).toBe("FORBIDDEN");
    const before = await where(article.id);
    const noReason = await refusal(move(chief, article.id, "publish-now"));
    expect(noReason.details?.reason).toBe("reasonRequired");
    expect(await where(article.id)).toEqual(before);
    expect(await db.publishedVersion.count({ where: { articleId: article.id } })).toBe(0);

    await move(chief, article.id, "publish-now", "突發：疫情通報須即時發布");
    expect(await where(article.id)).toMatchObject({ status: "PUBLISHED", reviewStage: null });
    const skipped = await db.stageSignOff.findMany({
      where: { articleId: article.id, outcome: "SKIPPED" },
      orderBy: { stageIndex: "asc" },
    });
    expect(skipped.map((s) => s.stageIndex)).toEqual([1, 2, 3, 4, 5]);
    expect(skipped.every((s) => s.note === "突發：疫情通報須即時發布")).toBe(true);
    const told = await db.notification.findMany({
      where: { articleId: article.id, kind: "PUBLISHED_NOW" },
    });
    expect(told.map((n) => n.userId).sort()).toEqual([reporter.id, head.id].sort());
  });

  it("from a draft skips the whole chain of its section", async () => {
    const { chief, article } = await newsroom();
    await move(chief, article.id, "publish-now", "突發");
    const skipped = await db.stageSignOff.count({
      where: { articleId: article.id, outcome: "SKIPPED" },
    });
    expect(skipped).toBe(SAN_SHEN_SAN_JIAO.length);
  });
});
