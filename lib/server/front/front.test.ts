import { describe, expect, it } from "vitest";
import { listenForInvalidations, type InvalidationMessage } from "@/lib/cache-channel";
import type { AppError } from "@/lib/errors";
import { EMPTY_FRONT, ZPublishFront, type TFrontSlots } from "@/lib/schemas/front";
import { ownDatabaseForThisFile } from "@/lib/testing/own-database";

// There is one live front for the whole database: this file gets a database of its own,
// so other files' home pages are not rearranged under them (nor this file's by theirs).
const database = ownDatabaseForThisFile();

const load = async () => {
  const { db } = await import("@/lib/db");
  const { createUser } = await import("@/prisma/factories");
  const testing = await import("@/lib/testing/publish-story");
  const { publishFront } = await import("./publish-front");
  const { restoreFront } = await import("./restore-front");
  const { getFrontEditor } = await import("./get-front-editor");
  const { findFrontStories } = await import("./find-front-stories");
  const { getHomeFront, resolveFront } = await import("../reader/home-front");
  const newsroom = await testing.createNewsroom(db);
  const editor = { id: newsroom.editor.id, role: "EDITOR" as const };
  const publish = (headline: string, sectionId?: string) =>
    testing.publishStory(db, newsroom, { headline, ...(sectionId ? { sectionId } : {}) });
  return {
    db,
    testing,
    newsroom,
    editor,
    createUser,
    publish,
    publishFront,
    restoreFront,
    getFrontEditor,
    findFrontStories,
    getHomeFront,
    resolveFront,
  };
};

const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: AppError) => ({ code: error.code, ...error.details, message: error.message }),
  );

const slots = (partial: Partial<TFrontSlots>) =>
  ZPublishFront.shape.slots.parse({ ...EMPTY_FRONT, ...partial });

describe("the front page", () => {
  it("publishes an arrangement that the home page shows at once, audited", async () => {
    const t = await load();
    const [a, b, c] = [await t.publish("頭條甲"), await t.publish("要聞乙"), await t.publish("丙")];
    const before = await t.getHomeFront(); // cached under `home`
    expect(before.lead?.id).toBe(c.id);
    const { number } = await t.publishFront(t.editor, {
      baseNumber: (await t.getFrontEditor(t.editor)).number,
      slots: slots({ lead: a.id, top: [b.id] }),
    });
    const home = await t.getHomeFront();
    expect(home.lead?.id).toBe(a.id);
    expect(home.top.map((story) => story.id).slice(0, 2)).toEqual([b.id, c.id]);
    const state = await t.getFrontEditor(t.editor);
    expect(state.number).toBe(number);
    expect(state.cards.lead?.headline).toBe("頭條甲");
    expect(state.history[0]).toMatchObject({ number, restoredFrom: null });
    const audit = await t.db.auditLog.findFirst({
      where: { action: "front.manage", resourceId: String(number), outcome: "ALLOWED" },
    });
    expect(audit?.actorId).toBe(t.editor.id);
  });

  it("refuses a stale publish with who, when and what changed, and writes nothing", async () => {
    const t = await load();
    const other = await t.createUser(t.db, { role: "EDITOR", name: "李榕" });
    const [a, b] = [await t.publish("第一稿頭條"), await t.publish("搶先的頭條")];
    const start = (await t.getFrontEditor(t.editor)).number;
    const theirs = await t.publishFront(
      { id: other.id, role: "EDITOR" },
      { baseNumber: start, slots: slots({ lead: b.id, top: [a.id] }) },
    );
    const count = await t.db.frontPage.count();
    const refused = await refusal(
      t.publishFront(t.editor, { baseNumber: start, slots: slots({ lead: a.id }) }),
    );
    expect(refused).toMatchObject({
      code: "CONFLICT",
      reason: "stale",
      by: "李榕",
      latest: theirs.number,
      lead: "搶先的頭條",
      top: 1,
    });
    expect(refused?.message).toMatch(/^李榕 published the front at \d\d:\d\d while you were/);
    expect(await t.db.frontPage.count()).toBe(count);
    expect((await t.getHomeFront()).lead?.id).toBe(b.id);
  });

  it("drops an unpublished story at once and fills empty places with the newest", async () => {
    const t = await load();
    const section = await t.testing.createSection(t.db, "體育");
    const pinned = await t.publish("體育置頂", section.id);
    const lead = await t.publish("將撤下的頭條");
    const newest = await t.publish("最新的稿件", section.id);
    await t.publishFront(t.editor, {
      baseNumber: (await t.getFrontEditor(t.editor)).number,
      slots: slots({ lead: lead.id, sections: { [section.id]: [pinned.id] } }),
    });
    expect((await t.getHomeFront()).lead?.id).toBe(lead.id);
    await t.testing.unpublishStory(t.db, t.newsroom, lead);
    const home = await t.getHomeFront();
    // The lead's place falls to the newest story; the pin stays first in its section.
    expect(home.lead?.id).toBe(newest.id);
    const sport = home.sections.find((entry) => entry.section.id === section.id);
    expect(sport?.items[0]?.id).toBe(pinned.id);
    // A story is shown once: the new lead is not repeated in its section.
    expect(sport?.items.map((item) => item.id)).not.toContain(newest.id);
    const all = [home.lead, ...home.top, ...home.sections.flatMap((entry) => entry.items)];
    expect(all.map((story) => story?.id)).not.toContain(lead.id);
  });

  it("with no front, the home page is the newest stories", async () => {
    const t = await load();
    await t.publish("沒有頭版時");
    const plain = await t.resolveFront(null);
    const newest = await t.db.publishedVersion.findFirst({
      where: { isLive: true },
      orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    });
    expect(plain.lead?.id).toBe(newest?.articleId);
  });

  it("refuses a story that is not published, and writes nothing", async () => {
    const t = await load();
    const story = await t.publish("撤下後不能上頭版");
    await t.testing.unpublishStory(t.db, t.newsroom, story);
    const count = await t.db.frontPage.count();
    const refused = await refusal(
      t.publishFront(t.editor, {
        baseNumber: (await t.getFrontEditor(t.editor)).number,
        slots: slots({ lead: story.id }),
      }),
    );
    expect(refused).toMatchObject({ code: "INVALID_INPUT", reason: "notLive" });
    expect(await t.db.frontPage.count()).toBe(count);
  });

  it("restores an earlier front as a copy published newest", async () => {
    const t = await load();
    const [a, b] = [await t.publish("舊頭條"), await t.publish("新頭條")];
    let base = (await t.getFrontEditor(t.editor)).number;
    const first = await t.publishFront(t.editor, {
      baseNumber: base,
      slots: slots({ lead: a.id }),
    });
    const second = await t.publishFront(t.editor, {
      baseNumber: first.number,
      slots: slots({ lead: b.id }),
    });
    base = second.number;
    const restored = await t.restoreFront(t.editor, { number: first.number, baseNumber: base });
    expect(restored.number).toBe(second.number + 1);
    expect(restored.cards.lead?.id).toBe(a.id);
    expect((await t.getHomeFront()).lead?.id).toBe(a.id);
    const state = await t.getFrontEditor(t.editor);
    expect(state.history[0]).toMatchObject({ number: restored.number, restoredFrom: first.number });
    // Restoring from a stale page is refused like a publish.
    const stale = await refusal(
      t.restoreFront(t.editor, { number: second.number, baseNumber: base }),
    );
    expect(stale).toMatchObject({ code: "CONFLICT", reason: "stale" });
  });

  it("finds published stories by a Chinese word, in either script", async () => {
    const t = await load();
    const story = await t.publish("德州復工首日");
    const found = await t.findFrontStories(t.editor, { q: "复工" });
    expect(found.map((hit) => hit.id)).toContain(story.id);
  });

  it("refuses a reporter everything, audited, and changes nothing", async () => {
    const t = await load();
    const reporter = { id: t.newsroom.reporter.id, role: "REPORTER" as const };
    const story = await t.publish("記者不能排頭版");
    const count = await t.db.frontPage.count();
    const base = (await t.getFrontEditor(t.editor)).number;
    const answers = await Promise.all(
      [
        t.publishFront(reporter, { baseNumber: base, slots: slots({ lead: story.id }) }),
        t.restoreFront(reporter, { number: 1, baseNumber: base }),
        t.getFrontEditor(reporter),
        t.findFrontStories(reporter, { q: "頭版" }),
      ].map(refusal),
    );
    for (const answer of answers) expect(answer).toMatchObject({ code: "FORBIDDEN" });
    expect(await t.db.frontPage.count()).toBe(count);
    const denied = await t.db.auditLog.count({
      where: { actorId: reporter.id, action: "front.manage", outcome: "DENIED" },
    });
    expect(denied).toBe(4);
  });

  it("tells every instance to drop the home page when a front is published", async () => {
    const t = await load();
    const story = await t.publish("各處同時更新");
    const heard: InvalidationMessage[] = [];
    const listener = listenForInvalidations(database.url(), {
      onMessage: (message) => heard.push(message),
      onReset: () => undefined,
    });
    try {
      await expect.poll(() => listener.isConnected()).toBe(true);
      heard.length = 0;
      await t.publishFront(t.editor, {
        baseNumber: (await t.getFrontEditor(t.editor)).number,
        slots: slots({ lead: story.id }),
      });
      await expect.poll(() => heard.flatMap((message) => message.tags)).toContain("home");
    } finally {
      await listener.stop();
    }
  });

  it("leaves a deleted section's pins out of the next arrangement, so it can be published", async () => {
    const t = await load();
    const section = await t.testing.createSection(t.db, "將刪除");
    const story = await t.publish("置頂於將刪除的欄目");
    const base = (await t.getFrontEditor(t.editor)).number;
    const { number } = await t.publishFront(t.editor, {
      baseNumber: base,
      slots: slots({ sections: { [section.id]: [story.id] } }),
    });
    await t.db.section.delete({ where: { id: section.id } });
    const state = await t.getFrontEditor(t.editor);
    expect(state.cards.sections[section.id]).toBeUndefined();
    const restored = await t.restoreFront(t.editor, { number, baseNumber: state.number });
    expect(restored.cards.sections).toEqual({});
  });
});
