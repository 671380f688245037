/**
 * `npm run bench:backup`: how long `db:backup` and `db:restore` take, for the demo newsroom
 * and for 100,000 published articles (each with its live snapshot, search document and a
 * revision, bodies of 1,500–3,000 characters made from the sample's own sentences). Each
 * backup is restored into a fresh, empty database and compared table by table with its
 * source. Throwaway databases on TEST_DATABASE_URL's server, else an embedded one. Prints
 * the figures; asserts nothing. BENCH_BACKUP_ARTICLES overrides the count;
 * BENCH_BACKUP_KEEP=1 keeps the databases and archives for a closer look.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { docToPlainText, type Doc } from "../lib/content/doc";
import { renderDocToHtml } from "../lib/content/render-html";
import { prepareSearchDocument } from "../lib/content/search-text";
import { createDbClient } from "../lib/db-client";
import { createBackup } from "../lib/runtime/backup/create-backup";
import { restoreBackup } from "../lib/runtime/backup/restore-backup";
import { sizeText } from "../lib/runtime/backup/sentences";
import { SEARCH_VECTOR_SQL, searchVectorValues } from "../lib/server/search/search-vector";
import { digestDatabase } from "../lib/testing/database-digest";
import {
  createTestDatabase,
  startTestServer,
  type TestDatabase,
} from "../lib/testing/test-database";
import { seedDemo } from "../prisma/seed/demo";
import { createCorpus } from "./bench-search-corpus";

const root = fileURLToPath(new URL("../", import.meta.url));
const ARTICLES = Number(process.env.BENCH_BACKUP_ARTICLES ?? 100_000);
const KEEP = process.env.BENCH_BACKUP_KEEP === "1";
const TEMPLATES = 500;

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** Runs `work`, sampling this process's memory meanwhile: time and peak RSS. */
async function measure(work: () => Promise<unknown>) {
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  const started = performance.now();
  try {
    await work();
  } finally {
    clearInterval(sampler);
  }
  return { ms: performance.now() - started, peakMb: Math.round(peak / 1024 / 1024) };
}

/**
 * 500 distinct stories (the search bench's generated articles run together to 1,500–3,000
 * characters, about 2,400 on average), written into a temporary table with their HTML and search vector;
 * article i is template i % 500 with its own id, slug and headline, so gzip sees text as
 * varied as a real archive (repeats are megabytes apart, far beyond its 32 KB window).
 */
async function loadArticles(client: pg.Client, count: number) {
  const corpus = createCorpus();
  const { rows: users } = await client.query<{ id: string }>(
    `insert into "User" (id, email, name, role, "passwordHash", "updatedAt")
     values (gen_random_uuid(), 'bench@example.com', 'Bench', 'EDITOR', '-', now()) returning id`,
  );
  const { rows: sections } = await client.query<{ id: string }>(
    `insert into "Section" (id, slug, name, "nameEn", "updatedAt")
     select gen_random_uuid(), s, s, s, now() from unnest(array['news', 'local', 'economy']) s
     returning id`,
  );
  await client.query(`create temporary table bench_template (n int primary key, language text,
    headline text, dek text, body jsonb, html text, vector tsvector)`);
  let characters = 0;
  for (let n = 0; n < TEMPLATES; n++) {
    // Generated stories run together until a realistic length (same language only).
    const first = corpus.next();
    const paragraphs = [...first.paragraphs];
    while (paragraphs.join("").length < 1_500 + (n % 4) * 400) {
      const more = corpus.next();
      if (more.language === first.language) paragraphs.push(...more.paragraphs);
    }
    const body: Doc = {
      type: "doc",
      content: paragraphs.map((text) => ({ type: "paragraph", content: [{ type: "text", text }] })),
    };
    const text = docToPlainText(body);
    characters += text.length;
    const values = searchVectorValues(
      prepareSearchDocument({ headline: first.headline, dek: first.dek, body: text }),
    );
    await client.query(
      `insert into bench_template values ($7, $8, $9, $10, $11, $12, ${SEARCH_VECTOR_SQL})`,
      [...values, n, first.language, first.headline, first.dek, body, renderDocToHtml(body)],
    );
  }
  console.log(`  stories of ${Math.round(characters / TEMPLATES)} characters on average`);
  // Building the GIN index once at the end is far faster than keeping it up row by row.
  await client.query(`drop index "PublishedVersion_searchVector_idx"`);
  const from = `from generate_series(0, $1::int - 1) i join bench_template t on t.n = i % ${TEMPLATES},
    lateral (select timestamp '2021-01-01' + i * interval '26 minutes' as at) x`;
  const [user, sectionIds] = [users[0]!.id, sections.map((section) => section.id)];
  await client.query(
    `insert into "Article" (id, headline, dek, slug, language, status, "statusChangedAt", body,
       "createdById", "updatedAt", "publishedAt", "sectionId")
     select md5('article-' || i)::uuid, t.headline || ' ' || i, t.dek, 'bench-' || i,
       t.language::"Language", 'PUBLISHED', x.at, t.body, $2::uuid, x.at, x.at, ($3::uuid[])[1 + i % 3]
     ${from}`,
    [count, user, sectionIds],
  );
  await client.query(
    `insert into "PublishedVersion" (id, "articleId", number, "isLive", headline, dek, slug,
       language, "sectionId", "tagIds", "contributorIds", bylines, body, "bodyHtml",
       "publishedAt", "searchVector")
     select md5('version-' || i)::uuid, md5('article-' || i)::uuid, 1, true,
       t.headline || ' ' || i, t.dek, 'bench-' || i, t.language::"Language",
       ($2::uuid[])[1 + i % 3], '{}', '{}', '[]', t.body, t.html, x.at, t.vector
     ${from}`,
    [count, sectionIds],
  );
  await client.query(
    `insert into "Revision" (id, "articleId", version, kind, snapshot, "authorId", "createdAt")
     select md5('revision-' || i)::uuid, md5('article-' || i)::uuid, 1, 'WORKFLOW',
       jsonb_build_object('headline', t.headline || ' ' || i, 'dek', t.dek, 'body', t.body),
       $2::uuid, x.at
     ${from}`,
    [count, user],
  );
  await client.query(`update "Article" set "liveVersionId" = md5('version-' || substr(slug, 7))::uuid
    where slug like 'bench-%'`);
  await client.query(`set maintenance_work_mem = '256MB'`);
  await client.query(
    `create index "PublishedVersion_searchVector_idx" on "PublishedVersion" using gin ("searchVector")`,
  );
  await client.query(`vacuum analyze`);
}

type Figures = {
  label: string;
  size: number;
  archive: number;
  backup: Awaited<ReturnType<typeof measure>>;
  restore: Awaited<ReturnType<typeof measure>>;
  same: boolean;
};

async function roundTrip(label: string, source: TestDatabase, serverUrl: string, work: string) {
  const output = path.join(work, `${label.replace(/\W+/g, "-")}.tar.gz`);
  const client = new pg.Client({ connectionString: source.url });
  await client.connect();
  const { rows } = await client.query<{ size: string }>(
    `select pg_database_size(current_database())::text as size`,
  );
  await client.end();
  let archive = 0;
  const backup = await measure(async () => {
    const made = await createBackup({
      databaseUrl: source.url,
      mediaDir: path.join(work, "media"),
      output,
      root,
    });
    archive = made.bytes;
  });
  const target = await createTestDatabase(serverUrl, { migrate: false });
  const restore = await measure(() =>
    restoreBackup({
      file: output,
      databaseUrl: target.url,
      mediaDir: path.join(work, "restored", "media"),
      root,
      confirmed: false,
    }),
  );
  const [before, after] = await Promise.all([
    digestDatabase(source.url),
    digestDatabase(target.url),
  ]);
  const same = JSON.stringify(before) === JSON.stringify(after);
  if (KEEP) console.log(`  kept ${output} and the restored database ${target.url}`);
  else await target.drop();
  return { label, size: Number(rows[0]!.size), archive, backup, restore, same } satisfies Figures;
}

async function main() {
  const server = await startTestServer();
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "galley-bench-backup-"));
  const figures: Figures[] = [];
  const databases: TestDatabase[] = [];
  try {
    console.log("The demo newsroom…");
    const demo = await createTestDatabase(server.serverUrl);
    databases.push(demo);
    const db = createDbClient(demo.url);
    await seedDemo(db);
    await db.$disconnect();
    figures.push(await roundTrip("demo newsroom", demo, server.serverUrl, work));

    console.log(`${ARTICLES.toLocaleString("en")} articles…`);
    const large = await createTestDatabase(server.serverUrl);
    databases.push(large);
    const client = new pg.Client({ connectionString: large.url });
    client.on("error", () => undefined); // a failed load ends with the database dropped
    await client.connect();
    const loading = await measure(() => loadArticles(client, ARTICLES)).finally(() => client.end());
    console.log(`  loaded in ${seconds(loading.ms)}`);
    const label = `${ARTICLES.toLocaleString("en")} articles`;
    figures.push(await roundTrip(label, large, server.serverUrl, work));
  } finally {
    if (KEEP) console.log(`Kept ${work} and ${databases.map((d) => d.url).join(", ")}`);
    else {
      for (const database of databases) await database.drop();
      fs.rmSync(work, { recursive: true, force: true });
    }
    await server.stop();
  }

  console.log(
    `\nBackup round trip on ${os.cpus().length} CPUs (load average ${os.loadavg()[0]!.toFixed(1)}):`,
  );
  console.log(
    "  database             size      archive    backup (peak RSS)    restore (peak RSS)   restored = source",
  );
  for (const row of figures) {
    console.log(
      `  ${row.label.padEnd(20)} ${sizeText(row.size).padStart(9)} ${sizeText(row.archive).padStart(9)}` +
        `   ${seconds(row.backup.ms).padStart(7)} (${row.backup.peakMb} MB)` +
        `   ${seconds(row.restore.ms).padStart(7)} (${row.restore.peakMb} MB)` +
        `   ${row.same ? "yes, every table" : "NO"}`,
    );
  }
}

await main();
