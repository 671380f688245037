import { transformToSuggestionTransaction } from "@handlewithcare/prosemirror-suggest-changes";
import { EditorState, TextSelection } from "@tiptap/pm/state";
import { afterAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { loadYDoc, replaceBodyUpdate, yDocToBody } from "@/lib/content/collab-doc";
import { docToPlainText, type Doc } from "@/lib/content/doc";
import { galleySchema } from "@/lib/content/editor-extensions";
import { newSuggestionId } from "@/lib/content/suggestion-marks";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { SAN_SHEN_SAN_JIAO } from "@/lib/workflow/review-chain";
import type { Role } from "@/lib/workflow/permissions";
import { createArticle, createUser } from "@/prisma/factories";
import { appendBodyUpdate, ensureBodyDoc, readBodyParts } from "../collab/body-store";
import { deriveBody } from "../collab/derive-body";
import { onlySuggests } from "../collab/suggest-guard";
import { decideSuggestions } from "./decide-suggestions";
import { transitionArticle } from "./transition-article";

afterAll(() => db.$disconnect());

type Person = { id: string; role: Role };
const TEXT = "德州日報記者報導，全市春耕進度過半。";
const body: Doc = {
  type: "doc",
  content: [{ type: "paragraph", content: [{ type: "text", text: TEXT }] }],
};

/** A story of 本地 (三審三校) sitting at 一校, with its reporter and a proofreader. */
async function atFirstProof() {
  const reporter = await createUser(db, { role: "REPORTER" });
  const proofreader = await createUser(db, { role: "PROOFREADER" });
  const section = await db.section.create({
    data: {
      slug: `local-${reporter.id}`,
      name: "本地",
      nameEn: "Local",
      reviewChain: SAN_SHEN_SAN_JIAO,
    },
  });
  const created = await createArticle(db, {
    createdById: reporter.id,
    bylineUserIds: [reporter.id],
    status: "SUBMITTED",
  });
  const article = await db.article.update({
    where: { id: created.id },
    data: { body, sectionId: section.id, reviewChain: SAN_SHEN_SAN_JIAO, reviewStage: 2 },
  });
  await ensureBodyDoc(article.id);
  return { reporter, proofreader, article };
}

/** What a browser in suggestion mode sends: `from` replaced by `to`, as `author`'s suggestion. */
async function suggest(articleId: string, author: Person, from: string, to: string) {
  const ydoc = loadYDoc((await readBodyParts(articleId))!.parts);
  const state = EditorState.create({ doc: galleySchema().nodeFromJSON(yDocToBody(ydoc)) });
  // One paragraph: a position is the offset in all its text (struck and proposed too) + 1.
  const at = state.doc.textContent.indexOf(from) + 1;
  const typed = state.tr
    .setSelection(TextSelection.create(state.doc, at, at + from.length))
    .insertText(to);
  const tracked = transformToSuggestionTransaction(typed, state, () => newSuggestionId(author.id));
  const update = replaceBodyUpdate(ydoc, state.apply(tracked).doc.toJSON() as Doc)!;
  return { ydoc, update };
}

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

const textOf = async (articleId: string) =>
  docToPlainText((await db.article.findUniqueOrThrow({ where: { id: articleId } })).body as Doc);

describe("suggestions on the server", () => {
  it("holds those who may only suggest to suggesting: a proposal passes, a direct change does not", async () => {
    const { reporter, proofreader, article } = await atFirstProof();
    const proposal = await suggest(article.id, reporter, "報導", "報道");
    const stored = loadYDoc((await readBodyParts(article.id))!.parts);
    expect(onlySuggests(stored, proposal.update, reporter.id)).toBe(true);
    // In someone else's name: refused.
    expect(onlySuggests(stored, proposal.update, proofreader.id)).toBe(false);

    const direct = loadYDoc((await readBodyParts(article.id))!.parts);
    const before = Y.encodeStateVector(direct);
    const changed = replaceBodyUpdate(direct, {
      type: "doc",
      content: [
        { type: "paragraph", content: [{ type: "text", text: TEXT.replace("報導", "報道") }] },
      ],
    })!;
    expect(changed.length).toBeGreaterThan(0);
    expect(onlySuggests(stored, Y.encodeStateAsUpdate(direct, before), reporter.id)).toBe(false);
  });

  it("records each suggestion with its stage; the author decides the others' suggestions, not their own; a desk editor off the stage decides none", async () => {
    const { reporter, proofreader, article } = await atFirstProof();
    const deskEditor = await createUser(db, { role: "EDITOR" });
    for (const [who, from, to] of [
      [proofreader, "報導", "報道"],
      [proofreader, "過半", "超過一半"],
      [reporter, "全市", "全縣"],
    ] as const) {
      const { update } = await suggest(article.id, who, from, to);
      await appendBodyUpdate(article.id, update, who.id);
    }
    await deriveBody(article.id);

    const rows = await db.suggestion.findMany({
      where: { articleId: article.id },
      orderBy: { createdAt: "asc" },
    });
    expect(rows).toMatchObject([
      {
        authorId: proofreader.id,
        deleted: "報導",
        inserted: "報道",
        status: "OPEN",
        stageIndex: 2,
      },
      { authorId: proofreader.id, deleted: "過半", inserted: "超過一半", status: "OPEN" },
      { authorId: reporter.id, deleted: "全市", inserted: "全縣", status: "OPEN" },
    ]);
    expect(rows[0]!.stage).toMatchObject({ key: "proof-1", kind: "proof" });
    // The working copy keeps the marks; its text is still the original until decided.
    expect(await textOf(article.id)).toBe(TEXT);

    const asReporter = { id: reporter.id, role: "REPORTER" as const };
    const decideAs = (actor: Person, id: string, decision: "accept" | "reject") =>
      decideSuggestions({ actor, decision: { articleId: article.id, ids: [id], decision } });
    // Refused, with nothing changed: the author's own, and an editor who may not pass 一校.
    const ownRefusal = await refusal(decideAs(asReporter, rows[2]!.id, "accept"));
    expect(ownRefusal.code).toBe("FORBIDDEN");
    expect(ownRefusal.message).toMatch(/your own suggestions/);
    expect((await refusal(decideAs(deskEditor, rows[0]!.id, "accept"))).code).toBe("FORBIDDEN");
    expect(
      await db.auditLog.count({
        where: { actorId: deskEditor.id, resourceId: article.id, outcome: "DENIED" },
      }),
    ).toBe(1);
    expect(await db.suggestion.count({ where: { articleId: article.id, status: "OPEN" } })).toBe(3);
    expect(await textOf(article.id)).toBe(TEXT);

    await decideAs(asReporter, rows[0]!.id, "reject");
    await decideAs(asReporter, rows[1]!.id, "accept");
    // The proofreader passes 一校 and may edit: they decide the reporter's suggestion.
    await decideAs(proofreader, rows[2]!.id, "accept");
    expect(await textOf(article.id)).toBe("德州日報記者報導，全縣春耕進度超過一半。");
    const decided = await db.suggestion.findMany({
      where: { articleId: article.id },
      orderBy: { createdAt: "asc" },
    });
    expect(decided).toMatchObject([
      { status: "REJECTED", decidedById: reporter.id },
      { status: "ACCEPTED", decidedById: reporter.id },
      { status: "ACCEPTED", decidedById: proofreader.id },
    ]);

    // Deciding it again (another browser was quicker) is refused with a sentence.
    const again = await refusal(decideAs(proofreader, rows[0]!.id, "accept"));
    expect(again.code).toBe("CONFLICT");
    expect(again.message).toMatch(/no longer in the story/);
    expect(await textOf(article.id)).toBe("德州日報記者報導，全縣春耕進度超過一半。");
  });

  it("withdraws a suggestion taken back, and lists the round's suggestions on its sign-off", async () => {
    const { proofreader, article } = await atFirstProof();
    const kept = await suggest(article.id, proofreader, "報導", "報道");
    await appendBodyUpdate(article.id, kept.update, proofreader.id);
    const dropped = await suggest(article.id, proofreader, "過半", "超過一半");
    await appendBodyUpdate(article.id, dropped.update, proofreader.id);
    await deriveBody(article.id);
    // The proofreader takes the second back (their own undo): the marks are gone.
    const ydoc = loadYDoc((await readBodyParts(article.id))!.parts);
    const before = Y.encodeStateVector(ydoc);
    const [, second] = await db.suggestion.findMany({
      where: { articleId: article.id },
      orderBy: { createdAt: "asc" },
    });
    const { decideSuggestions: decideInDoc } = await import("@/lib/content/suggestions");
    replaceBodyUpdate(ydoc, decideInDoc(yDocToBody(ydoc), [second!.id], "reject"));
    await appendBodyUpdate(article.id, Y.encodeStateAsUpdate(ydoc, before), proofreader.id);
    await deriveBody(article.id);

    const { version } = await db.article.findUniqueOrThrow({ where: { id: article.id } });
    await transitionArticle({
      actor: { id: proofreader.id, role: "PROOFREADER" },
      articleId: article.id,
      transition: "pass",
      version,
    });
    const signOff = await db.stageSignOff.findFirstOrThrow({
      where: { articleId: article.id, stageIndex: 2 },
      include: { suggestions: { orderBy: { createdAt: "asc" } } },
    });
    expect(signOff.suggestions).toMatchObject([
      { inserted: "報道", status: "OPEN" },
      { inserted: "超過一半", status: "WITHDRAWN" },
    ]);
  });
});
