import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createArticle, createUser, paragraphDoc } from "@/prisma/factories";
import { getLiveCoverage } from "../reader/live-updates";
import { addLiveUpdate } from "./add-live-update";
import { endLiveCoverage } from "./end-live-coverage";
import { getLiveDesk } from "./live-desk";
import {
  correctLiveUpdate,
  editLiveUpdate,
  publishLiveUpdate,
  removeLiveUpdate,
} from "./live-update-verbs";
import { add, coverage, refused, version } from "./test-coverage";

afterAll(() => db.$disconnect());

describe("live coverage", () => {
  it("publishes a reporter's update at once, credited to them, and readers see it with the key events", async () => {
    const { article, reporter, editor } = await coverage();
    const first = await add(editor, article.id, "德州發布洪水預警。", {
      isKey: true,
      title: "預警發布",
    });
    const second = await add(reporter, article.id, "河水已漫過堤岸。");
    expect(second.status).toBe("PUBLISHED");
    const page = await getLiveCoverage(article.id);
    expect(page.updates.map((update) => update.id)).toEqual([second.id, first.id]);
    expect(page.updates[0]?.bodyHtml).toContain("河水已漫過堤岸。");
    expect(page.updates[0]?.authors.map((author) => author.name)).toEqual([
      `Contributor ${reporter.id.slice(0, 8)}`,
    ]);
    expect(page.keyEvents).toEqual([
      { id: first.id, title: "預警發布", publishedAt: expect.any(Date) },
    ]);
    expect(page.count).toBe(2);
    const desk = await getLiveDesk(editor, article.id);
    expect(desk.updates.map((update) => update.id)).toEqual([second.id, first.id]);
  });

  it("refuses updates to unpublished or ended coverage, empty ones and stories, writing nothing", async () => {
    const draft = await coverage({ publish: false });
    await refused(add(draft.editor, draft.article.id, "太早了"), "CONFLICT", "notOpen");
    const { article, editor } = await coverage();
    await refused(add(editor, article.id, "   "), "INVALID_INPUT", "empty");
    await refused(
      addLiveUpdate({
        actor: editor,
        update: {
          articleId: article.id,
          title: null,
          body: { type: "doc", content: [{ type: "script", text: "x" }] },
          isKey: false,
          authorIds: [],
        },
      }),
      "INVALID_INPUT",
    );
    const story = await createArticle(db, { createdById: editor.id, status: "PUBLISHED" });
    await refused(add(editor, story.id, "不是直播"), "CONFLICT", "notLive");
    await endLiveCoverage({ actor: editor, articleId: article.id, ended: true });
    await refused(add(editor, article.id, "結束之後"), "CONFLICT", "ended");
    await refused(
      endLiveCoverage({ actor: editor, articleId: article.id, ended: true }),
      "CONFLICT",
      "ended",
    );
    expect(
      await db.liveUpdate.count({
        where: { articleId: { in: [article.id, draft.article.id, story.id] } },
      }),
    ).toBe(0);
    await endLiveCoverage({ actor: editor, articleId: article.id, ended: false });
    await refused(
      endLiveCoverage({ actor: editor, articleId: article.id, ended: false }),
      "CONFLICT",
      "notEnded",
    );
    expect((await add(editor, article.id, "重新開啟")).status).toBe("PUBLISHED");
  });

  it("keeps updates to the people on the coverage: others cannot see it, proofreaders cannot post", async () => {
    const { article } = await coverage();
    const stranger = await createUser(db);
    const proofreader = await createUser(db, { role: "PROOFREADER" });
    await refused(add({ id: stranger.id, role: "REPORTER" }, article.id, "外人"), "NOT_FOUND");
    await refused(
      add({ id: proofreader.id, role: "PROOFREADER" }, article.id, "校對"),
      "FORBIDDEN",
    );
    expect(
      await db.auditLog.count({
        where: { actorId: proofreader.id, action: "live.post", outcome: "DENIED" },
      }),
    ).toBe(1);
    const outsider = await db.contributor.create({
      data: { name: "外稿", slug: `outsider-${stranger.id}` },
    });
    const other = await coverage();
    await refused(
      add(other.editor, other.article.id, "署名", { authorIds: [outsider.id] }),
      "INVALID_INPUT",
      "authors",
    );
    expect(await db.liveUpdate.count({ where: { articleId: article.id } })).toBe(0);
  });

  it("holds a reporter's update for an editor where the section asks it, until 'Publish update'", async () => {
    const { article, reporter, editor } = await coverage({ needsEditor: true });
    const held = await add(reporter, article.id, "等待編輯。");
    expect(held.status).toBe("PENDING");
    // The desk hears of it (this section has no desk heads: every editor).
    expect(
      await db.notification.findFirst({
        where: { userId: editor.id, kind: "LIVE_UPDATE_WAITING", articleId: article.id },
      }),
    ).not.toBeNull();
    expect((await getLiveCoverage(article.id)).updates).toEqual([]);
    await refused(
      publishLiveUpdate({ actor: reporter, updateId: held.id, version: 1 }),
      "FORBIDDEN",
    );
    await publishLiveUpdate({ actor: editor, updateId: held.id, version: 1 });
    expect((await getLiveCoverage(article.id)).updates.map((update) => update.id)).toEqual([
      held.id,
    ]);
    await refused(
      publishLiveUpdate({ actor: editor, updateId: held.id, version: 2 }),
      "CONFLICT",
      "notPending",
    );
    expect((await add(editor, article.id, "編輯的動態")).status).toBe("PUBLISHED");
  });

  it("lets one of two editors editing one update win, and tells the other, with nothing half-written", async () => {
    const { article, editor } = await coverage();
    const other = { id: (await createUser(db, { role: "EDITOR" })).id, role: "EDITOR" as const };
    const { id } = await add(editor, article.id, "原文。");
    const edit = (actor: typeof editor, text: string) =>
      editLiveUpdate({
        actor,
        edit: {
          updateId: id,
          version: 1,
          title: null,
          body: paragraphDoc(text),
          isKey: false,
          authorIds: [],
        },
      });
    const results = await Promise.allSettled([edit(editor, "甲改的。"), edit(other, "乙改的。")]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    const loser = results.find((result) => result.status === "rejected");
    expect((loser as PromiseRejectedResult).reason).toMatchObject({
      code: "CONFLICT",
      details: { reason: "stale" },
    });
    const row = await db.liveUpdate.findUniqueOrThrow({ where: { id } });
    expect(row.version).toBe(2);
    expect([row.bodyHtml.includes("甲改的。"), row.bodyHtml.includes("乙改的。")].sort()).toEqual([
      false,
      true,
    ]);
    expect(row.editedAt).not.toBeNull();
    expect(await db.liveUpdateAuthor.count({ where: { updateId: id } })).toBe(1);
  });

  it("removes an update with its note kept, and refuses to make it a key event", async () => {
    const { article, editor, reporter } = await coverage();
    const { id } = await add(reporter, article.id, "誤報。", { isKey: true });
    await refused(
      removeLiveUpdate({ actor: editor, updateId: id, version: 1, note: "  " }),
      "INVALID_INPUT",
    );
    expect((await db.liveUpdate.findUniqueOrThrow({ where: { id } })).status).toBe("PUBLISHED");
    await removeLiveUpdate({
      actor: editor,
      updateId: id,
      version: await version(id),
      note: "消息未經證實",
    });
    const page = await getLiveCoverage(article.id);
    expect(page.updates).toEqual([]);
    expect(page.keyEvents).toEqual([]);
    const desk = await getLiveDesk(editor, article.id);
    expect(desk.updates[0]?.removed).toMatchObject({ note: "消息未經證實" });
    await refused(
      editLiveUpdate({
        actor: editor,
        edit: {
          updateId: id,
          version: await version(id),
          title: null,
          body: paragraphDoc("誤報。"),
          isKey: true,
          authorIds: [],
        },
      }),
      "CONFLICT",
      "removed",
    );
    expect((await db.liveUpdate.findUniqueOrThrow({ where: { id } })).isKey).toBe(false);
  });

  it("shows a correction under its update, one per update, editors only", async () => {
    const { article, editor, reporter } = await coverage();
    const { id } = await add(reporter, article.id, "水位 3 米。");
    await refused(
      correctLiveUpdate({ actor: reporter, updateId: id, version: 1, text: "應為 3.5 米" }),
      "FORBIDDEN",
    );
    await correctLiveUpdate({ actor: editor, updateId: id, version: 1, text: "水位應為 3.5 米。" });
    expect((await getLiveCoverage(article.id)).updates[0]?.correction?.text).toBe(
      "水位應為 3.5 米。",
    );
    await refused(
      correctLiveUpdate({ actor: editor, updateId: id, version: 2, text: "再改" }),
      "CONFLICT",
      "corrected",
    );
  });
});
