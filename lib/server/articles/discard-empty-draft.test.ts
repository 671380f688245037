import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { articleFields, createUser } from "@/prisma/factories";
import { createArticle } from "./create-article";
import { discardDraftJobKey, discardEmptyDraft, EMPTY_DRAFT_TTL_MS } from "./discard-empty-draft";
import { saveArticle } from "./save-article";

afterAll(() => db.$disconnect());

async function job(articleId: string) {
  const rows = await db.$queryRaw<Array<{ run_at: Date }>>`
    select run_at from graphile_worker.jobs where key = ${discardDraftJobKey(articleId)}`;
  return rows[0] ?? null;
}

async function newStory() {
  const reporter = await createUser(db);
  const actor = { id: reporter.id, role: "REPORTER" as const, name: reporter.name };
  return { actor, ...(await createArticle(actor)) };
}

describe("empty 'New story' drafts", () => {
  it("are queued for removal a day later, and removed if still untouched", async () => {
    const { id } = await newStory();
    const queued = await job(id);
    expect(queued).not.toBeNull();
    expect(Math.abs(queued!.run_at.getTime() - (Date.now() + EMPTY_DRAFT_TTL_MS))).toBeLessThan(
      60_000,
    );
    expect(await discardEmptyDraft(id)).toBe("discarded");
    expect(await db.article.count({ where: { id } })).toBe(0);
    expect(await discardEmptyDraft(id)).toBe("kept");
  });

  it("keep a draft someone typed into, however little", async () => {
    const { id, actor } = await newStory();
    const slug = (await db.article.findUniqueOrThrow({ where: { id } })).slug;
    await saveArticle({
      actor,
      articleId: id,
      save: { baseVersion: 1, kind: "AUTOSAVE", fields: articleFields(slug, { headline: "" }) },
    });
    expect(await discardEmptyDraft(id)).toBe("kept");
    expect(await db.article.count({ where: { id } })).toBe(1);
  });

  it("keep a draft still open in someone's editor, and look again a day later", async () => {
    const { id, actor } = await newStory();
    await db.$executeRaw`select graphile_worker.remove_job(${discardDraftJobKey(id)}::text)`;
    await db.editingPresence.create({ data: { articleId: id, userId: actor.id } });
    expect(await discardEmptyDraft(id)).toBe("kept");
    expect(await db.article.count({ where: { id } })).toBe(1);
    expect(await job(id)).not.toBeNull();
  });
});
