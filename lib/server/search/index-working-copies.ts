/**
 * "All stories" searches working copies, so each article keeps a search document of its
 * current copy (ArticleSearch), made exactly as readers' documents are (SEARCH_VECTOR_SQL).
 * It is written a moment after a save, by this sweep, rather than in the autosave's one
 * statement: segmenting a long Chinese body costs milliseconds the writer should not wait
 * for. It lives in a table of its own, so the sweep never writes or locks an Article row.
 * Deliberately without `import "server-only"`: the stories bench runs it outside Next.
 */
import { countBodyUnits } from "../../content/count";
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
 * Indexes up to `limit` working copies whose document is missing or behind their version
 * and that nobody has saved for `quietMs` (oldest change first; with `since`, only copies
 * changed since then), and returns how many. Several instances may sweep at once: a
 * document is stored only for the version the copy still has, and never over a newer one.
 */
export async function indexDueWorkingCopies(
  db: PrismaClient,
  options: { limit?: number; quietMs?: number; since?: Date } = {},
): Promise<number> {
  const quietSince = new Date(Date.now() - (options.quietMs ?? QUIET_MS));
  const since = options.since ?? new Date(0);
  const due = await db.$queryRaw<DueCopy[]>`
    select a.id::text as id, a.version, a.headline, a.dek, a.body
    from "Article" a left join "ArticleSearch" s on s."articleId" = a.id
    where (s.version is null or s.version <> a.version)
      and a."updatedAt" <= ${quietSince} and a."updatedAt" >= ${since}
    order by a."updatedAt" limit ${options.limit ?? BATCH}`;
  for (const copy of due) {
    const document = prepareSearchDocument({
      headline: copy.headline,
      dek: copy.dek,
      body: bodyText(copy.body),
    });
    await db.$executeRawUnsafe(
      `insert into "ArticleSearch" ("articleId", version, "searchVector", units)
       select $7::uuid, $8, ${SEARCH_VECTOR_SQL}, $9::int
       where exists (select 1 from "Article" where id = $7::uuid and version = $8)
       on conflict ("articleId") do update
         set version = excluded.version, "searchVector" = excluded."searchVector",
           units = excluded.units
         where "ArticleSearch".version < excluded.version`,
      ...searchVectorValues(document),
      copy.id,
      copy.version,
      countBodyUnits(copy.body),
    );
  }
  return due.length;
}

/** How often a sweep looks at every copy, not only those changed since the last sweep. */
const FULL_SWEEP_MS = 5 * 60_000;

/**
 * The sweep, started with the app: every `everyMs` it indexes what is due, a batch at a
 * time. Between full sweeps (at start, then every five minutes, which catch a copy a
 * failed batch left behind) it looks only at copies changed since shortly before the last
 * sweep, along the (updatedAt, id) index. A failure waits for the next tick.
 */
export function startWorkingCopyIndexer(
  db: PrismaClient,
  options: { everyMs?: number; quietMs?: number; onError?: (error: unknown) => void } = {},
): () => void {
  const quietMs = options.quietMs ?? QUIET_MS;
  let running = false;
  let since: Date | undefined; // undefined: a full sweep
  let lastFull = 0;
  const timer = setInterval(async () => {
    if (running) return;
    running = true;
    const started = Date.now();
    const full = started - lastFull >= FULL_SWEEP_MS;
    try {
      const from = full ? undefined : since;
      while ((await indexDueWorkingCopies(db, { quietMs, since: from })) === BATCH);
      // Next time, from a minute before this sweep's quiet line (clocks and slow commits).
      since = new Date(started - quietMs - 60_000);
      if (full) lastFull = started;
    } catch (error) {
      options.onError?.(error);
    } finally {
      running = false;
    }
  }, options.everyMs ?? 2_000);
  timer.unref();
  return () => clearInterval(timer);
}
