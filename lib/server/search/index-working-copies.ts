/**
 * "All stories" searches working copies, so each article keeps a search document of its
 * current copy (Article.searchVector), made exactly as readers' documents are
 * (SEARCH_VECTOR_SQL). It is written a moment after a save, by this sweep, rather than in
 * the autosave's one statement: segmenting a long Chinese body costs milliseconds the
 * writer should not wait for. Deliberately without `import "server-only"`: the stories
 * bench runs it outside Next.
 */
import { prepareSearchDocument } from "../../content/search-text";
import type { PrismaClient } from "../../generated/prisma/client";
import { bodyText, SEARCH_VECTOR_SQL, searchVectorValues } from "./search-vector";

type DueCopy = { id: string; version: number; headline: string; dek: string | null; body: unknown };

const BATCH = 100;
/**
 * A copy is indexed once its writer has paused this long: while someone types, autosaves
 * arrive every second or two, and indexing each would spend the CPU their saves need.
 */
export const QUIET_MS = 10_000;

/**
 * Indexes up to `limit` working copies whose document is behind their version and that
 * nobody has saved for `quietMs` (oldest change first), and returns how many. Several instances may sweep at once: rows another
 * sweep holds are skipped, and a document is written only for the version it was made
 * from, so a save in between leaves the copy due again rather than wrongly indexed.
 */
export async function indexDueWorkingCopies(
  db: PrismaClient,
  options: { limit?: number; quietMs?: number } = {},
): Promise<number> {
  const quietSince = new Date(Date.now() - (options.quietMs ?? QUIET_MS));
  return db.$transaction(async (tx) => {
    const due = await tx.$queryRaw<DueCopy[]>`
      select id::text as id, version, headline, dek, body from "Article"
      where "searchIndexedVersion" is distinct from version and "updatedAt" <= ${quietSince}
      order by "updatedAt" limit ${options.limit ?? BATCH}
      for update skip locked`;
    for (const copy of due) {
      const document = prepareSearchDocument({
        headline: copy.headline,
        dek: copy.dek,
        body: bodyText(copy.body),
      });
      await tx.$executeRawUnsafe(
        `update "Article" set "searchVector" = ${SEARCH_VECTOR_SQL}, "searchIndexedVersion" = $8
         where id = $7::uuid and version = $8`,
        ...searchVectorValues(document),
        copy.id,
        copy.version,
      );
    }
    return due.length;
  });
}

/**
 * The sweep, started with the app: every `everyMs` it indexes what is due (all of it, a
 * batch at a time). A failure (the database away for a moment) waits for the next tick.
 */
export function startWorkingCopyIndexer(
  db: PrismaClient,
  options: { everyMs?: number; quietMs?: number; onError?: (error: unknown) => void } = {},
): () => void {
  let running = false;
  const timer = setInterval(async () => {
    if (running) return;
    running = true;
    try {
      while ((await indexDueWorkingCopies(db, { quietMs: options.quietMs })) === BATCH);
    } catch (error) {
      options.onError?.(error);
    } finally {
      running = false;
    }
  }, options.everyMs ?? 2_000);
  timer.unref();
  return () => clearInterval(timer);
}
