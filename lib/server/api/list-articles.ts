import "server-only";
import { toNinjs, type NinjsItem } from "@/lib/content/ninjs";
import { readerUrls } from "@/lib/content/reader-urls";
import { readerDb } from "@/lib/reader-db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { loadLiveArticles } from "../articles/load-live-articles";
import { encodeCursor, isUuidLike, type ArticleListQuery } from "./article-query";

export type ArticlePage = { items: NinjsItem[]; next_cursor: string | null; next: string | null };

/**
 * Published articles for other systems, newest first, as ninjs items. Paged by keyset on
 * (publishedAt, snapshot id): a page costs the same deep in the archive as at the top,
 * and an article never appears on two pages. A filter naming no section, tag or
 * contributor is refused (400), so a typo never passes for an empty result.
 */
export async function listApiArticles(
  query: ArticleListQuery,
  origin: string,
): Promise<ArticlePage> {
  const filters: Prisma.PublishedVersionWhereInput[] = [];
  if (query.section !== null) filters.push({ sectionId: await findSectionId(query.section) });
  if (query.tag !== null) filters.push({ tagIds: { has: await findTagId(query.tag) } });
  if (query.contributor !== null) {
    filters.push({ contributorIds: { has: await findContributorId(query.contributor) } });
  }
  if (query.updatedSince) {
    const since = query.updatedSince;
    filters.push({ OR: [{ publishedAt: { gte: since } }, { updatedAt: { gte: since } }] });
  }
  if (query.after) {
    const { publishedAt, versionId } = query.after;
    filters.push({
      OR: [{ publishedAt: { lt: publishedAt } }, { publishedAt, id: { lt: versionId } }],
    });
  }
  const rows = await loadLiveArticles({ where: { AND: filters }, take: query.limit + 1 });
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  const urls = readerUrls(origin);
  const nextCursor =
    rows.length > query.limit && last
      ? encodeCursor({ publishedAt: last.publishedAt, versionId: last.versionId })
      : null;
  return {
    items: page.map((row) => toNinjs(row, urls)),
    next_cursor: nextCursor,
    next: nextCursor ? nextPageUrl(urls.apiArticles, query, nextCursor) : null,
  };
}

function nextPageUrl(base: string, query: ArticleListQuery, cursor: string): string {
  const params = new URLSearchParams();
  params.set("limit", String(query.limit));
  if (query.section !== null) params.set("section", query.section);
  if (query.tag !== null) params.set("tag", query.tag);
  if (query.contributor !== null) params.set("contributor", query.contributor);
  if (query.updatedSince) params.set("updated_since", query.updatedSince.toISOString());
  params.set("cursor", cursor);
  return `${base}?${params.toString()}`;
}

/** Matches a slug, or an id when the value looks like one. */
function slugOrId(value: string) {
  return isUuidLike(value) ? { OR: [{ id: value }, { slug: value }] } : { slug: value };
}

async function findSectionId(slug: string): Promise<string> {
  const section = await readerDb.section.findUnique({ where: { slug }, select: { id: true } });
  if (!section) throw unknown("section", `There is no section with the slug "${slug}".`);
  return section.id;
}

async function findTagId(value: string): Promise<string> {
  const tag = await readerDb.tag.findFirst({ where: slugOrId(value), select: { id: true } });
  if (!tag) throw unknown("tag", `There is no tag with the slug or id "${value}".`);
  return tag.id;
}

async function findContributorId(value: string): Promise<string> {
  const contributor = await readerDb.contributor.findFirst({
    where: slugOrId(value),
    select: { id: true },
  });
  if (!contributor) {
    throw unknown("contributor", `There is no contributor with the slug or id "${value}".`);
  }
  return contributor.id;
}

function unknown(field: string, message: string): AppError {
  return new AppError("INVALID_INPUT", message, { field });
}
