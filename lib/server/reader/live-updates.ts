import "server-only";
import { readerDb } from "@/lib/reader-db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ReaderLiveCoverage } from "@/lib/content/live-coverage";

export type { ReaderLiveCoverage, ReaderLiveUpdate } from "@/lib/content/live-coverage";

/** Updates on one page of live coverage; "Older updates" goes on from the last one. */
export const LIVE_PAGE_SIZE = 20;
const KEY_EVENTS_MAX = 12;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const select = {
  id: true,
  title: true,
  bodyHtml: true,
  isKey: true,
  publishedAt: true,
  editedAt: true,
  correction: true,
  correctedAt: true,
  body: true,
  authors: {
    orderBy: { position: "asc" },
    select: { contributor: { select: { name: true, slug: true } } },
  },
} satisfies Prisma.LiveUpdateSelect;

/** The first words of an update without a title, for the key events list. */
function firstWords(body: unknown): string {
  let text = "";
  const walk = (node: unknown) => {
    if (text.length > 60 || typeof node !== "object" || node === null) return;
    const { text: own, content } = node as { text?: unknown; content?: unknown };
    if (typeof own === "string") text += own;
    if (Array.isArray(content)) content.forEach(walk);
  };
  walk(body);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/**
 * What readers see of live coverage: the key events, then a page of published updates
 * newest first, keyset-paged along (publishedAt, id) from `older` (an update id). Read
 * straight from the database, not the data cache: the page cache in front keeps the
 * rendered page, and a fresh read means a page rendered after an update's invalidation
 * always has it.
 */
export async function getLiveCoverage(
  articleId: string,
  older?: string,
): Promise<ReaderLiveCoverage> {
  const published = { articleId, status: "PUBLISHED" as const };
  const cursor =
    older && UUID.test(older)
      ? await readerDb.liveUpdate.findFirst({
          where: { ...published, id: older },
          select: { id: true, publishedAt: true },
        })
      : null;
  const after: Prisma.LiveUpdateWhereInput = cursor?.publishedAt
    ? {
        OR: [
          { publishedAt: { lt: cursor.publishedAt } },
          { publishedAt: cursor.publishedAt, id: { lt: cursor.id } },
        ],
      }
    : {};
  const [rows, keys, count] = await Promise.all([
    readerDb.liveUpdate.findMany({
      where: { ...published, ...after },
      orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
      take: LIVE_PAGE_SIZE + 1,
      select,
    }),
    readerDb.liveUpdate.findMany({
      where: { ...published, isKey: true },
      orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
      take: KEY_EVENTS_MAX,
      select: { id: true, title: true, body: true, publishedAt: true },
    }),
    readerDb.liveUpdate.count({ where: published }),
  ]);
  const page = rows.slice(0, LIVE_PAGE_SIZE);
  const latest = cursor
    ? await readerDb.liveUpdate.findFirst({
        where: published,
        orderBy: { publishedAt: "desc" },
        select: { publishedAt: true },
      })
    : page[0];
  return {
    keyEvents: keys.map((key) => ({
      id: key.id,
      title: key.title ?? firstWords(key.body),
      publishedAt: key.publishedAt!,
    })),
    updates: page.map((row) => ({
      id: row.id,
      title: row.title,
      bodyHtml: row.bodyHtml,
      isKey: row.isKey,
      publishedAt: row.publishedAt!,
      editedAt: row.editedAt,
      authors: row.authors.map((author) => author.contributor),
      correction:
        row.correction && row.correctedAt ? { text: row.correction, at: row.correctedAt } : null,
    })),
    olderCursor: rows.length > LIVE_PAGE_SIZE ? (page.at(-1)?.id ?? null) : null,
    isNewest: !cursor,
    count,
    lastPublishedAt: latest?.publishedAt ?? null,
  };
}
