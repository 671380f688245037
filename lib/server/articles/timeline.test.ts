import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { createArticle, createUser } from "@/prisma/factories";
import type { TransitionName } from "@/lib/workflow/article-workflow";
import { getTimeline } from "./timeline";
import { transitionArticle } from "./transition-article";

afterAll(() => db.$disconnect());

const at = (minute: number) => new Date(Date.UTC(2026, 1, 12, 8, minute));

describe("getTimeline", () => {
  it("merges workflow events, revisions and corrections, oldest first, naming each step", async () => {
    const reporter = await createUser(db, { name: "王賀" });
    const editor = await createUser(db, { role: "EDITOR", name: "李榕" });
    const article = await createArticle(db, {
      createdById: reporter.id,
      bylineUserIds: [reporter.id],
    });
    const snapshot = { headline: article.headline };
    await db.revision.createMany({
      data: [
        {
          articleId: article.id,
          version: 2,
          kind: "AUTOSAVE",
          snapshot,
          authorId: reporter.id,
          createdAt: at(1),
        },
        {
          articleId: article.id,
          version: 5,
          kind: "MANUAL",
          snapshot,
          authorId: reporter.id,
          createdAt: at(4),
        },
      ],
    });
    await db.workflowEvent.createMany({
      data: [
        {
          articleId: article.id,
          fromStatus: "DRAFT",
          toStatus: "SUBMITTED",
          actorId: reporter.id,
          createdAt: at(2),
        },
        {
          articleId: article.id,
          fromStatus: "SUBMITTED",
          toStatus: "CHANGES_REQUESTED",
          actorId: editor.id,
          note: "補上日期",
          createdAt: at(3),
        },
        {
          articleId: article.id,
          fromStatus: "SCHEDULED",
          toStatus: "PUBLISHED",
          actorId: null,
          createdAt: at(6),
        },
      ],
    });
    await db.correction.create({
      data: {
        articleId: article.id,
        text: "日期更正",
        correctedAt: at(7),
        authorId: editor.id,
        createdAt: at(7),
      },
    });

    const timeline = await getTimeline({ id: reporter.id, role: "REPORTER" }, article.id);
    expect(
      timeline.entries.map((entry) => [
        entry.at.toISOString(),
        entry.type,
        entry.type === "event"
          ? entry.step
          : entry.type === "revision"
            ? entry.kind
            : entry.type === "correction"
              ? entry.text
              : entry.outcome,
        entry.actorName,
      ]),
    ).toEqual([
      [at(1).toISOString(), "revision", "AUTOSAVE", "王賀"],
      [at(2).toISOString(), "event", "submit", "王賀"],
      [at(3).toISOString(), "event", "request-changes", "李榕"],
      [at(4).toISOString(), "revision", "MANUAL", "王賀"],
      [at(6).toISOString(), "event", "publish", null],
      [at(7).toISOString(), "correction", "日期更正", "李榕"],
    ]);
    expect(timeline.entries[2]).toMatchObject({ note: "補上日期" });
    expect(timeline.isTruncated).toBe(false);
  });

  it("is not found for someone who may not see the article", async () => {
    const owner = await createUser(db);
    const stranger = await createUser(db);
    const article = await createArticle(db, { createdById: owner.id });
    await expect(getTimeline({ id: stranger.id, role: "REPORTER" }, article.id)).rejects.toSatisfy(
      (error) => error instanceof AppError && error.code === "NOT_FOUND",
    );
  });
});

describe("getTimeline, after real workflow steps", () => {
  it("lists each step once, named, with no workflow revision beside it", async () => {
    const reporter = await createUser(db);
    const editor = await createUser(db, { role: "EDITOR", name: "李榕" });
    const desk = { id: editor.id, role: "EDITOR" as const };
    const created = await createArticle(db, { createdById: reporter.id, status: "SUBMITTED" });
    let version = created.version;
    const move = async (transition: TransitionName, extra: object = {}) => {
      version = (
        await transitionArticle({
          actor: desk,
          articleId: created.id,
          transition,
          version,
          ...extra,
        })
      ).version;
    };
    await move("approve");
    await move("schedule", { scheduledAt: new Date(Date.now() + 3_600_000) });
    await move("cancel-schedule");
    await move("publish");
    await move("publish-update");

    const timeline = await getTimeline(desk, created.id);
    expect(
      timeline.entries.map((entry) => [entry.type, "step" in entry ? entry.step : null]),
    ).toEqual([
      ["event", "approve"],
      ["signoff", null], // the one review stage the story was in, passed
      ["event", "schedule"],
      ["event", "cancel-schedule"],
      ["event", "publish"],
      ["event", "publish-update"],
    ]);
    // History keeps the copies those steps moved.
    expect(await db.revision.count({ where: { articleId: created.id, kind: "WORKFLOW" } })).toBe(5);
  });
});
