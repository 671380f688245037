import { afterAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { BODY_FIELD, loadYDoc, yDocToBody } from "@/lib/content/collab-doc";
import type { Doc } from "@/lib/content/doc";
import { db } from "@/lib/db";
import { articleFields, createArticle, createUser } from "@/prisma/factories";
import { saveArticle, SaveConflict } from "../articles/save-article";
import {
  appendBodyUpdate,
  ensureBodyDoc,
  getCollabStart,
  pushBodyToCollab,
  readBodyParts,
} from "./body-store";
import { deriveBody } from "./derive-body";

afterAll(() => db.$disconnect());

const doc = (...paragraphs: string[]): Doc => ({
  type: "doc",
  content: paragraphs.map((text) => ({ type: "paragraph", content: [{ type: "text", text }] })),
});

async function setup(body = doc("德州日報記者王賀報道。")) {
  const reporter = await createUser(db);
  const created = await createArticle(db, { createdById: reporter.id });
  const article = await db.article.update({ where: { id: created.id }, data: { body } });
  return { reporter, actor: { id: reporter.id, role: "REPORTER" as const }, article };
}

/** The body the editor page would show: its co-editing state, read back. */
async function bodyOnPage(articleId: string) {
  const { state } = await getCollabStart(articleId);
  return yDocToBody(loadYDoc([Buffer.from(state, "base64")]));
}

/** What a browser does: start from the stored document, type, and send the change. */
async function typeAtEnd(articleId: string, text: string, userId: string) {
  const stored = (await readBodyParts(articleId))!;
  const ydoc = loadYDoc(stored.parts);
  const before = Y.encodeStateVector(ydoc);
  const paragraph = ydoc.getXmlFragment(BODY_FIELD).get(0) as Y.XmlElement;
  const textNode = paragraph.get(0) as Y.XmlText;
  textNode.insert(textNode.length, text);
  await appendBodyUpdate(articleId, Y.encodeStateAsUpdate(ydoc, before), userId);
  return ydoc;
}

describe("the co-editing body in PostgreSQL", () => {
  it("is seeded once from the stored body, whoever opens it first", async () => {
    const { article } = await setup();
    const [a, b] = await Promise.all([ensureBodyDoc(article.id), ensureBodyDoc(article.id)]);
    expect(a.lineage).toBe(b.lineage);
    expect(await bodyOnPage(article.id)).toEqual(doc("德州日報記者王賀報道。"));
  });

  it("derives the working copy from appended updates, compacts them, and keeps metaVersion", async () => {
    const { reporter, article } = await setup();
    await ensureBodyDoc(article.id);
    const before = await db.article.findUniqueOrThrow({ where: { id: article.id } });
    await typeAtEnd(article.id, "新增一句。", reporter.id);
    expect(await db.articleBodyUpdate.count({ where: { articleId: article.id } })).toBe(1);

    const derived = await deriveBody(article.id);
    expect(derived).toMatchObject({ version: before.version + 1, changed: true });
    const after = await db.article.findUniqueOrThrow({ where: { id: article.id } });
    expect(after.body).toEqual(doc("德州日報記者王賀報道。新增一句。"));
    expect(after.metaVersion).toBe(before.metaVersion);
    expect(await db.articleBodyUpdate.count({ where: { articleId: article.id } })).toBe(0);
    // The compacted state still holds the text; a second derivation changes nothing.
    expect(await bodyOnPage(article.id)).toEqual(after.body);
    expect(await deriveBody(article.id)).toMatchObject({ version: after.version, changed: false });
    const revision = await db.revision.findFirst({
      where: { articleId: article.id, version: after.version },
    });
    expect(revision).toMatchObject({ kind: "AUTOSAVE", authorId: reporter.id });
  });

  it("a co-editing page's metadata save is guarded on metaVersion and leaves the body alone", async () => {
    const { actor, reporter, article } = await setup();
    await ensureBodyDoc(article.id);
    const row = await db.article.findUniqueOrThrow({ where: { id: article.id } });
    await typeAtEnd(article.id, "另一位同事輸入的字。", reporter.id);
    await deriveBody(article.id); // the body moved on: version, not metaVersion
    const fields = articleFields(row.slug, { headline: "新標題", body: doc("舊的正文") });
    const saved = await saveArticle({
      actor,
      articleId: article.id,
      save: {
        baseVersion: row.version,
        baseMetaVersion: row.metaVersion,
        kind: "AUTOSAVE",
        fields,
      },
    });
    expect(saved.metaVersion).toBe(row.metaVersion + 1);
    const after = await db.article.findUniqueOrThrow({ where: { id: article.id } });
    expect(after.headline).toBe("新標題");
    expect(after.body).toEqual(doc("德州日報記者王賀報道。另一位同事輸入的字。"));

    // A second page still on the old metaVersion is refused, and nothing is written.
    const stale = saveArticle({
      actor,
      articleId: article.id,
      save: {
        baseVersion: after.version,
        baseMetaVersion: row.metaVersion,
        kind: "AUTOSAVE",
        fields: { ...fields, headline: "過時的標題" },
      },
    });
    await expect(stale).rejects.toBeInstanceOf(SaveConflict);
    const unchanged = await db.article.findUniqueOrThrow({ where: { id: article.id } });
    expect(unchanged.headline).toBe("新標題");
    expect(unchanged.metaVersion).toBe(after.metaVersion);
  });

  it("a body written on the server (restore, conversion) goes into the co-editing document", async () => {
    const { actor, article } = await setup(doc("第一段。", "第二段。"));
    await ensureBodyDoc(article.id);
    const row = await db.article.findUniqueOrThrow({ where: { id: article.id } });
    await saveArticle({
      actor,
      articleId: article.id,
      save: {
        baseVersion: row.version,
        kind: "MANUAL",
        fields: articleFields(row.slug, {
          headline: row.headline,
          body: doc("第一段。", "改寫的第二段。"),
        }),
      },
    });
    expect(await bodyOnPage(article.id)).toEqual(doc("第一段。", "改寫的第二段。"));
    // Nothing more to push when the document already says so.
    const count = await db.articleBodyUpdate.count({ where: { articleId: article.id } });
    await pushBodyToCollab(article.id, doc("第一段。", "改寫的第二段。"), null);
    expect(await db.articleBodyUpdate.count({ where: { articleId: article.id } })).toBe(count);
  });

  it("a body the schema refuses is not derived into the working copy", async () => {
    const { reporter, article } = await setup();
    await ensureBodyDoc(article.id);
    const stored = (await readBodyParts(article.id))!;
    const ydoc = loadYDoc(stored.parts);
    const before = Y.encodeStateVector(ydoc);
    ydoc.getXmlFragment(BODY_FIELD).insert(0, [new Y.XmlElement("scriptTag")]);
    await appendBodyUpdate(article.id, Y.encodeStateAsUpdate(ydoc, before), reporter.id);
    const version = (await db.article.findUniqueOrThrow({ where: { id: article.id } })).version;
    expect(await deriveBody(article.id)).toMatchObject({ version, changed: false });
    const after = await db.article.findUniqueOrThrow({ where: { id: article.id } });
    expect(after.body).toEqual(doc("德州日報記者王賀報道。"));
    expect(yDocToBody(ydoc).content?.[0]?.type).toBe("scriptTag");
  });
});
