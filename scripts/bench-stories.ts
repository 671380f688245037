/**
 * `npm run bench:stories`: "All stories" at 10,000 working copies (issue 15's target: the
 * first page in ≤ 100 ms server time). Generates the stories from the sample's vocabulary
 * (bench-search-corpus.ts) into a throwaway database, in every state, three sections, with
 * tags and bylines, indexes them with the same search documents the indexer writes, then
 * times the use-case the page calls (listStories) for the first page as an editor and as
 * a reporter, each filter, searches, and a page deep into the list. Prints the figures;
 * asserts nothing. BENCH_STORIES overrides the count.
 */
import os from "node:os";
import pg from "pg";
import type { Doc } from "../lib/content/doc";
import { prepareSearchDocument } from "../lib/content/search-text";
import {
  bodyText,
  SEARCH_VECTOR_SQL,
  searchVectorValues,
} from "../lib/server/search/search-vector";
import { createTestDatabase, startTestServer } from "../lib/testing/test-database";
import { ARTICLE_STATUSES } from "../lib/workflow/permissions";
import { createCorpus } from "./bench-search-corpus";
import { percentile } from "./bench-figures";

const STORIES = Number(process.env.BENCH_STORIES ?? 10_000);
const BATCH = 1_000;
const ROUNDS = 25;

const ms = (value: number) => `${value.toFixed(1).padStart(6)} ms`;

async function insert(client: pg.Client, table: string, columns: string[], rows: unknown[][]) {
  const values = rows.map(
    (row, r) => `(${row.map((_, c) => `$${r * row.length + c + 1}`).join(", ")})`,
  );
  await client.query(
    `insert into "${table}" (${columns.map((name) => `"${name}"`).join(", ")}) values ${values.join(", ")}`,
    rows.flat(),
  );
}

async function load(client: pg.Client) {
  const ids = async (sql: string, params: unknown[][]) =>
    Promise.all(params.map(async (p) => (await client.query<{ id: string }>(sql, p)).rows[0]!.id));
  const [editor, reporter] = await ids(
    `insert into "User" (id, email, name, role, "passwordHash", "updatedAt")
     values (gen_random_uuid(), $1, $1, $2::"Role", '-', now()) returning id`,
    [
      ["editor@bench.test", "EDITOR"],
      ["reporter@bench.test", "REPORTER"],
    ],
  );
  const sections = await ids(
    `insert into "Section" (id, slug, name, "nameEn", "updatedAt")
     values (gen_random_uuid(), $1, $1, $1, now()) returning id`,
    [["news"], ["local"], ["economy"]],
  );
  const tags = await ids(
    `insert into "Tag" (id, slug, name) values (gen_random_uuid(), $1, $1) returning id`,
    Array.from({ length: 20 }, (_, i) => [`tag-${i}`]),
  );
  const [byline] = await ids(
    `insert into "Contributor" (id, name, slug, "userId", "updatedAt")
     values (gen_random_uuid(), '記者甲', 'reporter-a', $1::uuid, now()) returning id`,
    [[reporter]],
  );
  const corpus = createCorpus();
  const vector = SEARCH_VECTOR_SQL.replace(/\$(\d)/g, (_, n: string) => `(r.v->>${Number(n) - 1})`);
  const started = performance.now();
  for (let offset = 0; offset < STORIES; offset += BATCH) {
    const rows = Array.from({ length: Math.min(BATCH, STORIES - offset) }, (_, i) => {
      const index = offset + i;
      const article = corpus.next();
      const body: Doc = {
        type: "doc",
        content: article.paragraphs.map((text) => ({
          type: "paragraph",
          content: [{ type: "text", text }],
        })),
      };
      const document = prepareSearchDocument({
        headline: article.headline,
        dek: article.dek,
        body: bodyText(body),
      });
      return {
        id: crypto.randomUUID(),
        headline: article.headline,
        dek: article.dek,
        slug: `story-${index}`,
        status: ARTICLE_STATUSES[index % ARTICLE_STATUSES.length],
        section: sections[index % sections.length],
        // A story changed every ten minutes or so, over about two months.
        at: new Date(Date.UTC(2026, 9, 1) + index * 577_000).toISOString(),
        user: index % 3 === 0 ? reporter : editor,
        body,
        v: searchVectorValues(document),
      };
    });
    await client.query("begin");
    await client.query(
      `insert into "Article" (id, headline, dek, slug, status, "statusChangedAt", body,
         "createdById", "createdAt", "updatedAt", "sectionId")
       select r.id::uuid, r.headline, r.dek, r.slug, r.status::"ArticleStatus", r.at::timestamp,
         r.body, r."user"::uuid, r.at::timestamp, r.at::timestamp, r.section::uuid
       from json_to_recordset($1::json) as r(id text, headline text, dek text, slug text,
         status text, at text, body jsonb, "user" text, section text)`,
      [JSON.stringify(rows)],
    );
    await client.query(
      `insert into "ArticleSearch" ("articleId", version, "searchVector")
       select r.id::uuid, 1, ${vector} from json_to_recordset($1::json) as r(id text, v json)`,
      [JSON.stringify(rows)],
    );
    const reporters = rows.filter((row) => row.user === reporter);
    if (reporters.length)
      await insert(
        client,
        "Byline",
        ["id", "articleId", "contributorId", "role", "position"],
        reporters.map((row) => [crypto.randomUUID(), row.id, byline, "REPORTER", 0]),
      );
    await insert(
      client,
      "ArticleTag",
      ["articleId", "tagId", "position"],
      rows.map((row, i) => [row.id, tags[(offset + i) % tags.length], 0]),
    );
    await client.query("commit");
  }
  await client.query(`vacuum analyze`);
  console.log(
    `Loaded ${STORIES} stories with search documents in ${((performance.now() - started) / 1000).toFixed(0)} s`,
  );
  return {
    editor: editor!,
    reporter: reporter!,
    section: sections[1]!,
    tag: tags[3]!,
    byline: byline!,
  };
}

async function main() {
  const server = await startTestServer();
  const database = await createTestDatabase(server.serverUrl);
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    const fixture = await load(client);
    // The use-case reads DATABASE_URL on first use, like the app.
    process.env.DATABASE_URL = database.url;
    const { listStories } = await import("../lib/server/newsroom/list-stories");
    const editor = { id: fixture.editor, role: "EDITOR" as const };
    const reporter = { id: fixture.reporter, role: "REPORTER" as const };
    let deep: string | undefined;
    for (let page = 0, after: string | undefined; page < 100; page++) {
      after = (await listStories(editor, { after })).next ?? undefined;
      if (!after) break;
      deep = after;
    }
    const cases: Array<[string, () => Promise<{ rows: unknown[]; next: string | null }>]> = [
      ["first page, editor", () => listStories(editor)],
      ["first page, reporter (own stories)", () => listStories(reporter)],
      ["state = In review", () => listStories(editor, { state: "SUBMITTED" })],
      ["section + state", () => listStories(editor, { section: fixture.section, state: "DRAFT" })],
      ["author", () => listStories(editor, { author: fixture.byline })],
      ["tag", () => listStories(editor, { tag: fixture.tag })],
      ["changed in one week", () => listStories(editor, { from: "2026-10-20", to: "2026-10-26" })],
      ["oldest first", () => listStories(editor, { sort: "changed-asc" })],
      ["search 疫情 (common)", () => listStories(editor, { q: "疫情" })],
      ["search 復工 / 复工", () => listStories(editor, { q: "复工" })],
      ["search + state", () => listStories(editor, { q: "防控", state: "PUBLISHED" })],
      ["search, no match", () => listStories(editor, { q: "量子計算" })],
      ["page 100 (keyset)", () => listStories(editor, { after: deep })],
    ];
    console.log(
      `\nbench:stories on ${os.cpus().length} cores, ${STORIES} stories, ${ROUNDS} runs each`,
    );
    const all: number[] = [];
    for (const [label, run] of cases) {
      const first = await run();
      for (let i = 0; i < 3; i++) await run(); // warm-up
      const times: number[] = [];
      for (let i = 0; i < ROUNDS; i++) {
        const started = performance.now();
        await run();
        times.push(performance.now() - started);
      }
      all.push(...times);
      console.log(
        `  ${label.padEnd(36)} p50 ${ms(percentile(times, 50))}  p95 ${ms(percentile(times, 95))}  (${first.rows.length}${first.next ? "+" : ""} rows)`,
      );
    }
    console.log(
      `  ${"all cases".padEnd(36)} p50 ${ms(percentile(all, 50))}  p95 ${ms(percentile(all, 95))}`,
    );
    console.log("  target: the first page in ≤ 100 ms server time");
  } finally {
    await client.end();
    await database.drop();
    await server.stop();
    const { db } = await import("../lib/db");
    await db.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
