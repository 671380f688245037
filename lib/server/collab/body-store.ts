import "server-only";
import crypto from "node:crypto";
import { Prisma } from "@/lib/generated/prisma/client";
import { bodyToUpdate, loadYDoc, replaceBodyUpdate } from "@/lib/content/collab-doc";
import type { Doc } from "@/lib/content/doc";
import { db } from "@/lib/db";
import * as Y from "yjs";

/**
 * The co-editing document in PostgreSQL: `ArticleBodyDoc.state` (merged) plus the rows of
 * `ArticleBodyUpdate` appended since. Every append is announced on `COLLAB_CHANNEL` in the
 * same statement (NOTIFY is delivered at commit), so every app instance holding the
 * document applies it: two people on two instances converge through the database.
 */
export const COLLAB_CHANNEL = "galley_collab";

// One id per process (shared with the cache bus): an instance skips its own messages.
export const INSTANCE = ((globalThis as { galleyInstanceId?: string }).galleyInstanceId ??=
  crypto.randomUUID());

// NOTIFY payloads must stay under 8,000 bytes: a larger update travels by its row id.
const INLINE_LIMIT = 5_000;

export type CollabMessage =
  | { from: string; doc: string; update: string }
  | { from: string; doc: string; ids: string[] }
  | { from: string; doc: string; access: true }
  | { from: string; doc: string; awareness: string }
  | { from: string; doc: string; whoIsHere: true };

/**
 * The document's lineage, creating the document from the stored body the first time
 * anyone opens the article. Two instances seeding at once: the first insert wins and
 * both use it (a second seed would duplicate the text when merged).
 */
export async function ensureBodyDoc(articleId: string): Promise<{ lineage: string }> {
  const existing = await db.articleBodyDoc.findUnique({
    where: { articleId },
    select: { lineage: true },
  });
  if (existing) return existing;
  const article = await db.article.findUniqueOrThrow({
    where: { id: articleId },
    select: { body: true },
  });
  const state = Buffer.from(bodyToUpdate(article.body as Doc));
  await db.$executeRaw`
    insert into "ArticleBodyDoc" ("articleId", state) values (${articleId}::uuid, ${state})
    on conflict ("articleId") do nothing`;
  return db.articleBodyDoc.findUniqueOrThrow({ where: { articleId }, select: { lineage: true } });
}

export type BodyParts = { lineage: string; parts: Uint8Array[] };

/** The stored state and every update after it, in order (null: no document yet). */
export async function readBodyParts(articleId: string): Promise<BodyParts | null> {
  const [doc, updates] = await Promise.all([
    db.articleBodyDoc.findUnique({ where: { articleId }, select: { lineage: true, state: true } }),
    db.articleBodyUpdate.findMany({
      where: { articleId },
      orderBy: { id: "asc" },
      select: { data: true },
    }),
  ]);
  if (!doc) return null;
  return { lineage: doc.lineage, parts: [doc.state, ...updates.map((row) => row.data)] };
}

/** The whole document as one update: what the editor page starts from. */
export async function readBodyState(articleId: string): Promise<BodyParts & { state: Uint8Array }> {
  await ensureBodyDoc(articleId);
  const stored = (await readBodyParts(articleId))!;
  return { ...stored, state: Y.mergeUpdates(stored.parts) };
}

/**
 * Appends one update (several merged) and announces it to the other instances, in one
 * statement. Returns the new row's id.
 */
export async function appendBodyUpdate(
  articleId: string,
  update: Uint8Array,
  userId: string | null,
  /** Who announces it: this instance (which applied it already) or "server" (no one has). */
  from: string = INSTANCE,
): Promise<bigint> {
  const data = Buffer.from(update);
  const inline = data.length <= INLINE_LIMIT ? data.toString("base64") : null;
  const rows = await db.$queryRaw<Array<{ id: bigint }>>(Prisma.sql`
    with added as (
      insert into "ArticleBodyUpdate" ("articleId", data, "userId")
      values (${articleId}::uuid, ${data}, ${userId}::uuid)
      returning id
    )
    select id from added, lateral (select pg_notify(${COLLAB_CHANNEL}, json_build_object(
      'from', ${from}::text, 'doc', ${articleId}::text,
      ${inline === null ? Prisma.sql`'ids', json_build_array(id::text)` : Prisma.sql`'update', ${inline}::text`}
    )::text)) as announced`);
  return rows[0]!.id;
}

/** Updates by id, for announcements too large to carry them. */
export async function readBodyUpdates(ids: readonly string[]): Promise<Uint8Array[]> {
  const rows = await db.articleBodyUpdate.findMany({
    where: { id: { in: ids.map((id) => BigInt(id)) } },
    orderBy: { id: "asc" },
    select: { data: true },
  });
  return rows.map((row) => row.data);
}

/** Tells every instance to check again who may edit the article (its state changed). */
export async function announceAccessChange(articleId: string): Promise<void> {
  const payload = JSON.stringify({ from: "", doc: articleId, access: true });
  await db.$executeRaw`select pg_notify(${COLLAB_CHANNEL}, ${payload})`;
}

/**
 * A body written on the server (a restored revision, a script conversion, a save from the
 * API) goes into the co-editing document too, as the smallest change that makes it so;
 * otherwise the next derivation would bring the old text back. Nothing to do for an
 * article nobody has opened in the co-editing editor yet.
 */
export async function pushBodyToCollab(
  articleId: string,
  body: Doc,
  userId: string | null,
): Promise<void> {
  const stored = await readBodyParts(articleId);
  if (!stored) return;
  const ydoc = loadYDoc(stored.parts);
  const update = replaceBodyUpdate(ydoc, body);
  ydoc.destroy();
  // Announced as from "server": every instance holding the document applies it, this one too.
  if (update) await appendBodyUpdate(articleId, update, userId, "server");
}

/**
 * What the editor page starts from: the document's lineage and its whole state (base64),
 * which holds what was typed a moment ago even before the working copy is derived.
 */
export async function getCollabStart(
  articleId: string,
): Promise<{ lineage: string; state: string }> {
  const { lineage, state } = await readBodyState(articleId);
  return { lineage, state: Buffer.from(state).toString("base64") };
}
