import "server-only";
import { tagsForArticle, type ArticleTagSource } from "@/lib/cache-tags";
import { db } from "@/lib/db";
import { log } from "@/lib/log";
import type { PageCacheHook } from "@/lib/runtime/page-server";
import { forgetLsn, heardLsn, holdReplicas } from "@/lib/replicas/freshness";
import { announceInvalidation } from "./cache-bus";
import { notifyPurgeHook } from "./purge-hook";

type Entry = { value: unknown; tags: readonly string[] };
type Store = { entries: Map<string, Entry>; generation: number };

/**
 * Reader data cached in this process until a change invalidates one of its tags.
 * Kept on globalThis: Next bundles the pages and instrumentation (where the scheduler
 * runs) separately, and both must see one cache.
 */
const store: Store = ((globalThis as { galleyReaderCache?: Store }).galleyReaderCache ??= {
  entries: new Map(),
  generation: 0,
});

const MAX_ENTRIES = 5_000;

export async function cached<T>(
  key: string,
  tags: (value: T) => readonly string[],
  load: () => Promise<T>,
): Promise<T> {
  const hit = store.entries.get(key);
  if (hit) return hit.value as T;
  const generation = store.generation;
  const value = await load();
  // An invalidation that happened while loading may have made this value stale already.
  if (generation === store.generation) {
    if (store.entries.size >= MAX_ENTRIES) store.entries.delete(store.entries.keys().next().value!);
    store.entries.set(key, { value, tags: tags(value) });
  }
  return value;
}

/** Drops entries with any of `tags` here, and tells the other instances to do the same. */
export function invalidateTags(tags: readonly string[]): void {
  // Until the change's WAL position is known, this process reads only from the primary:
  // a replica that has not replayed the change must not refill what is dropped here.
  const release = holdReplicas();
  invalidateLocal(tags);
  // This process's page cache too, now: the others hear over PostgreSQL.
  (globalThis as { galleyPageCache?: PageCacheHook }).galleyPageCache?.invalidate(tags);
  // A CDN in front hears of it once, from here (the other instances only listen).
  notifyPurgeHook(tags);
  announceInvalidation(tags)
    .then((lsn) => (lsn ? heardLsn(lsn) : forgetLsn()))
    .catch((error: unknown) => {
      // The other instances will serve their copy until their own next invalidation; this
      // one asks the primary for its position before it reads a replica again.
      forgetLsn();
      log.warn({ err: error, tags }, "could not announce a cache invalidation");
    })
    .finally(release);
}

/** Forgets everything (a listener that missed notifications). */
export function clearLocal(): void {
  store.generation += 1;
  store.entries.clear();
}

export function invalidateLocal(tags: readonly string[]): void {
  const wanted = new Set(tags);
  store.generation += 1;
  for (const [key, entry] of store.entries) {
    if (entry.tags.some((tag) => wanted.has(tag))) store.entries.delete(key);
  }
}

/**
 * Invalidates everything a change to one article's public face touches: its page under
 * every slug, and the listings, feeds and sitemaps its live snapshots appear in.
 */
export async function invalidateArticle(
  source: Pick<ArticleTagSource, "articleId" | "slugs">,
): Promise<void> {
  const versions = await db.publishedVersion.findMany({
    where: { articleId: source.articleId },
    orderBy: { number: "desc" },
    take: 2, // the new live one and the one it replaced
    select: { slug: true, sectionId: true, tagIds: true, contributorIds: true },
  });
  invalidateTags(
    tagsForArticle({
      articleId: source.articleId,
      slugs: [...source.slugs, ...versions.map((version) => version.slug)],
      sectionIds: versions.map((version) => version.sectionId),
      tagIds: versions.flatMap((version) => version.tagIds),
      contributorIds: versions.flatMap((version) => version.contributorIds),
    }),
  );
}
