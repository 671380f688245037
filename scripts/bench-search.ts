/**
 * `npm run bench:search`: search latency at 100,000 published articles (issue 6's target:
 * p95 ≤ 50 ms). Generates the articles from the sample's vocabulary (see
 * bench-search-corpus.ts) into a throwaway database, indexes them with the same search
 * documents publishing writes, then times the same use-case the /search page calls for
 * common words, rare names, one character, Simplified and Traditional, English, mixed and
 * second pages. Prints the figures; asserts nothing. BENCH_SEARCH_ARTICLES overrides the
 * count (for a quick try); BENCH_SEARCH_KEEP=1 keeps the database for a closer look.
 */
import os from "node:os";
import pg from "pg";
import { docToPlainText, type Doc } from "../lib/content/doc";
import { renderDocToHtml } from "../lib/content/render-html";
import { prepareSearchDocument } from "../lib/content/search-text";
import { SEARCH_VECTOR_SQL, searchVectorValues } from "../lib/server/search/search-vector";
import { createTestDatabase, startTestServer } from "../lib/testing/test-database";
import { createCorpus, type BenchArticle } from "./bench-search-corpus";
import { percentile } from "./bench-figures";

const ARTICLES = Number(process.env.BENCH_SEARCH_ARTICLES ?? 100_000);
const BATCH = 1_000;
const ROUNDS = 25;

const ms = (value: number) => `${value.toFixed(1).padStart(6)} ms`;

function toRow(article: BenchArticle, index: number, sectionIds: string[], userId: string) {
  const doc: Doc = {
    type: "doc",
    content: article.paragraphs.map((text) => ({
      type: "paragraph",
      content: [{ type: "text", text }],
    })),
  };
  const search = prepareSearchDocument({
    headline: article.headline,
    dek: article.dek,
    body: docToPlainText(doc),
  });
  // Spread over five years, so "newest first" means something.
  const publishedAt = new Date(Date.UTC(2021, 0, 1) + ((index * 15_768) % 157_680_000) * 1000);
  return {
    id: crypto.randomUUID(),
    aid: crypto.randomUUID(),
    headline: article.headline,
    dek: article.dek,
    slug: `bench-${index}`,
    language: article.language,
    section: sectionIds[index % sectionIds.length],
    body: doc,
    html: renderDocToHtml(doc),
    pub: publishedAt.toISOString(),
    user: userId,
    v: searchVectorValues(search),
  };
}

/** One statement per batch: the rows travel as one JSON parameter, the vectors are computed in SQL. */
async function insertBatch(client: pg.Client, rows: ReturnType<typeof toRow>[]) {
  const vector = SEARCH_VECTOR_SQL.replace(/\$(\d)/g, (_, n: string) => `(r.v->>${Number(n) - 1})`);
  await client.query("begin");
  await client.query(
    `insert into "Article" (id, headline, dek, slug, language, status, "statusChangedAt", body,
       "createdById", "updatedAt", "publishedAt", "sectionId")
     select r.aid::uuid, r.headline, r.dek, r.slug, r.language::"Language", 'PUBLISHED', r.pub::timestamp,
       r.body, r."user"::uuid, r.pub::timestamp, r.pub::timestamp, r.section::uuid
     from json_to_recordset($1::json) as r(aid text, headline text, dek text, slug text,
       language text, body jsonb, "user" text, pub text, section text)`,
    [JSON.stringify(rows)],
  );
  await client.query(
    `insert into "PublishedVersion" (id, "articleId", number, "isLive", headline, dek, slug, language,
       "sectionId", "tagIds", "contributorIds", bylines, body, "bodyHtml", "publishedAt", "searchVector")
     select r.id::uuid, r.aid::uuid, 1, true, r.headline, r.dek, r.slug, r.language::"Language",
       r.section::uuid, '{}', '{}', '[]', r.body, r.html, r.pub::timestamp, ${vector}
     from json_to_recordset($1::json) as r(id text, aid text, headline text, dek text, slug text,
       language text, section text, body jsonb, html text, pub text, v json)`,
    [JSON.stringify(rows)],
  );
  await client.query(
    `update "Article" a set "liveVersionId" = v.id from "PublishedVersion" v
     where v."articleId" = a.id and a.id = any($1::uuid[])`,
    [rows.map((row) => row.aid)],
  );
  await client.query("commit");
}

async function load(client: pg.Client): Promise<Map<string, number>> {
  const { rows: users } = await client.query<{ id: string }>(
    `insert into "User" (id, email, name, role, "passwordHash", "updatedAt")
     values (gen_random_uuid(), 'bench@example.com', 'Bench', 'EDITOR', '-', now()) returning id`,
  );
  const sectionIds: string[] = [];
  for (const slug of ["news", "local", "economy"]) {
    const { rows } = await client.query<{ id: string }>(
      `insert into "Section" (id, slug, name, "nameEn", "updatedAt")
       values (gen_random_uuid(), $1, $1, $1, now()) returning id`,
      [slug],
    );
    sectionIds.push(rows[0]!.id);
  }
  // Building the GIN index once at the end is far faster than maintaining it per row.
  await client.query(`drop index "PublishedVersion_searchVector_idx"`);
  const corpus = createCorpus();
  const nameCounts = new Map<string, number>();
  let started = performance.now();
  for (let offset = 0; offset < ARTICLES; offset += BATCH) {
    const batch = Array.from({ length: Math.min(BATCH, ARTICLES - offset) }, (_, i) => {
      const article = corpus.next();
      for (const name of new Set(article.names))
        nameCounts.set(name, (nameCounts.get(name) ?? 0) + 1);
      return toRow(article, offset + i, sectionIds, users[0]!.id);
    });
    await insertBatch(client, batch);
    if ((offset / BATCH) % 10 === 9) {
      process.stdout.write(
        `  ${offset + batch.length} articles (${((performance.now() - started) / 1000).toFixed(0)} s)\n`,
      );
    }
  }
  console.log(
    `Loaded ${ARTICLES} articles in ${((performance.now() - started) / 1000).toFixed(0)} s`,
  );
  started = performance.now();
  await client.query(`set maintenance_work_mem = '512MB'`);
  await client.query(
    `create index "PublishedVersion_searchVector_idx" on "PublishedVersion" using gin ("searchVector")`,
  );
  await client.query(`vacuum analyze "PublishedVersion"`);
  await client.query(`vacuum analyze "Article"`);
  console.log(`GIN index and statistics in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  return nameCounts;
}

async function main() {
  const server = await startTestServer();
  const database = await createTestDatabase(server.serverUrl);
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    const nameCounts = await load(client);
    const { rows: sizes } = await client.query<{ table: string; index: string }>(
      `select pg_size_pretty(pg_total_relation_size('"PublishedVersion"')) as table,
              pg_size_pretty(pg_relation_size('"PublishedVersion_searchVector_idx"')) as index`,
    );
    console.log(
      `PublishedVersion with TOAST and indexes: ${sizes[0]?.table}; GIN index: ${sizes[0]?.index}`,
    );

    // The use-case reads DATABASE_URL on first use, like the app.
    process.env.DATABASE_URL = database.url;
    const { searchArticles } = await import("../lib/server/search/search-articles");
    const byCount = [...nameCounts.entries()].sort((a, b) => a[1] - b[1]);
    const rare = byCount.filter(([name, count]) => Array.from(name).length === 3 && count <= 40);
    const rareNames = [rare[0], rare[Math.floor(rare.length / 2)], rare.at(-1)].filter(
      (entry): entry is [string, number] => Boolean(entry),
    );
    const mix: Record<string, string[]> = {
      "common word": ["疫情", "防控", "工作", "發展", "经济"],
      "rare name": rareNames.map(([name]) => name),
      "one character": ["疫", "李", "市"],
      "Simplified vs Traditional": ["复工", "復工", "领导小组", "領導小組"],
      English: ["epidemic", "resumption of work", "Dezhou", "supply chains"],
      mixed: ["Dezhou 疫情", "李猛 COVID-19", "復工复产"],
      "no match": ["量子計算", "blockchain"],
    };
    console.log(
      `Rare names: ${rareNames.map(([name, count]) => `${name} (${count} articles)`).join(", ")}`,
    );

    const all: number[] = [];
    console.log(
      `\nbench:search on ${os.cpus().length} cores, ${ARTICLES} articles, ${ROUNDS} runs per query`,
    );
    const time = async (label: string, run: () => Promise<unknown>) => {
      for (let i = 0; i < 3; i++) await run(); // warm-up
      const times: number[] = [];
      for (let i = 0; i < ROUNDS; i++) {
        const started = performance.now();
        await run();
        times.push(performance.now() - started);
      }
      all.push(...times);
      return { label, times };
    };
    for (const [kind, queries] of Object.entries(mix)) {
      const times: number[] = [];
      for (const q of queries) {
        const first = await searchArticles({ q });
        const result = await time(q, () => searchArticles({ q }));
        times.push(...result.times);
        console.log(
          `  ${kind.padEnd(26)} ${q.padEnd(20)} p50 ${ms(percentile(result.times, 50))}  p95 ${ms(percentile(result.times, 95))}  (${first.items.length}${first.next ? "+" : ""} on page 1)`,
        );
      }
      console.log(
        `  ${`${kind}: all`.padEnd(47)} p50 ${ms(percentile(times, 50))}  p95 ${ms(percentile(times, 95))}`,
      );
    }
    for (const q of ["疫情", "復工"]) {
      let after = (await searchArticles({ q })).next;
      for (let page = 2; page <= 3 && after; page++) {
        const cursor = after;
        const result = await time(`${q} page ${page}`, () => searchArticles({ q, after: cursor }));
        console.log(
          `  ${"next page".padEnd(26)} ${`${q} page ${page}`.padEnd(20)} p50 ${ms(percentile(result.times, 50))}  p95 ${ms(percentile(result.times, 95))}`,
        );
        after = (await searchArticles({ q, after: cursor })).next;
      }
    }
    console.log(
      `\n  all queries: p50 ${ms(percentile(all, 50))}, p95 ${ms(percentile(all, 95))}, max ${ms(Math.max(...all))} (n=${all.length})`,
    );
    console.log(`  target: p95 ≤ 50 ms`);
  } finally {
    await client.end();
    const { db } = await import("../lib/db");
    await db.$disconnect().catch(() => undefined);
    if (process.env.BENCH_SEARCH_KEEP === "1") console.log(`Kept the database: ${database.url}`);
    else await database.drop();
    await server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
