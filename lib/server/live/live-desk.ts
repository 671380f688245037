import "server-only";
import { db } from "@/lib/db";
import { can, type Actor } from "@/lib/workflow/permissions";
import { loadCoverage } from "./live-coverage";

/** A "writing an update" heartbeat older than this means the person stopped. */
const WRITING_TTL_MS = 25_000;

export type DeskUpdate = {
  id: string;
  version: number;
  status: "PENDING" | "PUBLISHED" | "REMOVED";
  title: string | null;
  body: unknown;
  bodyHtml: string;
  isKey: boolean;
  at: Date;
  publishedAt: Date | null;
  editedAt: Date | null;
  authors: { id: string; name: string }[];
  writerName: string | null;
  isOwn: boolean;
  removed: { at: Date; byName: string | null; note: string } | null;
  correction: { text: string; at: Date } | null;
};

/**
 * The newsroom's view of live coverage: every update newest first (waiting, published and
 * removed, with the note), who is writing one now, and what this person may do.
 */
export async function getLiveDesk(actor: Actor, articleId: string) {
  const { article, access } = await loadCoverage(actor, articleId);
  const [rows, bylines, writers, section] = await Promise.all([
    db.liveUpdate.findMany({
      where: { articleId },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: 300,
      include: {
        authors: {
          orderBy: { position: "asc" },
          select: { contributor: { select: { id: true, name: true } } },
        },
        createdBy: { select: { name: true } },
        removedBy: { select: { name: true } },
      },
    }),
    db.byline.findMany({
      where: { articleId },
      orderBy: { position: "asc" },
      select: { contributor: { select: { id: true, name: true, userId: true } } },
    }),
    listWriters(actor, articleId),
    article.sectionId
      ? db.section.findUnique({
          where: { id: article.sectionId },
          select: { liveUpdatesNeedEditor: true },
        })
      : null,
  ]);
  const canManage = can(actor, "live.manage", access);
  const updates: DeskUpdate[] = rows.map((row) => ({
    id: row.id,
    version: row.version,
    status: row.status,
    title: row.title,
    body: row.body,
    bodyHtml: row.bodyHtml,
    isKey: row.isKey,
    at: row.publishedAt ?? row.createdAt,
    publishedAt: row.publishedAt,
    editedAt: row.editedAt,
    authors: row.authors.map((author) => author.contributor),
    writerName: row.createdBy?.name ?? null,
    isOwn: row.createdById === actor.id,
    removed: row.removedAt
      ? { at: row.removedAt, byName: row.removedBy?.name ?? null, note: row.removedNote ?? "" }
      : null,
    correction:
      row.correction && row.correctedAt ? { text: row.correction, at: row.correctedAt } : null,
  }));
  const seen = new Set<string>();
  const authorChoices = bylines
    .map((byline) => byline.contributor)
    .filter((contributor) => !seen.has(contributor.id) && seen.add(contributor.id));
  const mine = await db.contributor.findUnique({
    where: { userId: actor.id },
    select: { id: true, name: true },
  });
  return {
    articleId,
    isOpen: article.status === "PUBLISHED" && !article.liveEndedAt,
    isPublished: article.status === "PUBLISHED",
    publicPath: article.status === "PUBLISHED" ? `/articles/${article.slug}` : null,
    endedAt: article.liveEndedAt,
    canPost: can(actor, "live.post", access),
    canManage,
    holdsForEditor: !canManage && section?.liveUpdatesNeedEditor === true,
    updates,
    writers,
    authorChoices: mine && !seen.has(mine.id) ? [mine, ...authorChoices] : authorChoices,
    myContributorId: mine?.id ?? null,
    signature: deskSignature(rows),
  };
}

/** The desk for live coverage, or null for a story (whose editor has no live desk). */
export async function findLiveDesk(actor: Actor, articleId: string) {
  const row = await db.article.findUnique({ where: { id: articleId }, select: { kind: true } });
  return row?.kind === "LIVE" ? getLiveDesk(actor, articleId) : null;
}

/** Changes when any update is added or changed: the desk reloads its list when it does. */
function deskSignature(rows: readonly { id: string; version: number }[]): string {
  return `${rows.length}:${rows.reduce((sum, row) => sum + row.version, 0)}:${rows[0]?.id ?? ""}`;
}

async function listWriters(actor: Actor, articleId: string): Promise<string[]> {
  const rows = await db.liveWriter.findMany({
    where: {
      articleId,
      userId: { not: actor.id },
      lastSeenAt: { gt: new Date(Date.now() - WRITING_TTL_MS) },
    },
    orderBy: { lastSeenAt: "desc" },
    select: { user: { select: { name: true } } },
  });
  return rows.map((row) => row.user.name);
}

/**
 * The live desk's heartbeat (every ten seconds or so): records whether this person is
 * writing an update, and answers who else is and the list's signature.
 */
export async function pingLiveDesk(actor: Actor, articleId: string, writing: boolean) {
  const { access } = await loadCoverage(actor, articleId);
  if (writing && can(actor, "live.post", access))
    await db.liveWriter.upsert({
      where: { articleId_userId: { articleId, userId: actor.id } },
      update: { lastSeenAt: new Date() },
      create: { articleId, userId: actor.id },
    });
  else await db.liveWriter.deleteMany({ where: { articleId, userId: actor.id } });
  const [writers, rows] = await Promise.all([
    listWriters(actor, articleId),
    db.liveUpdate.findMany({
      where: { articleId },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: 300,
      select: { id: true, version: true },
    }),
  ]);
  return { writers, signature: deskSignature(rows) };
}
