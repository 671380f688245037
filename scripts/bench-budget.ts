/**
 * `npm run bench:budget`: the daily budget at issue 17's scale (target: a day with 300
 * planned items across 10 sections in ≤ 100 ms server time). On the built app over a
 * throwaway database (the demo newsroom plus): 10 sections, 30 reporters, 300 PLANNED
 * items on one day, most with 1–3 assignees and a story whose body is the sample article
 * (some in review stages of 三審三校, some published), their lengths stored by the
 * working-copy sweep except for a tenth edited since (counted on the spot, as the budget
 * does). Measures (a) the use-case alone (getBudgetDay) and (b) the page over HTTP from
 * 127.0.0.1, signed in as an editor, to the last byte; p50/p95 over 50 runs after a
 * warm-up. Prints the figures; asserts nothing.
 */
import os from "node:os";
import { indexDueWorkingCopies } from "../lib/server/search/index-working-copies";
import { SAN_SHEN_SAN_JIAO } from "../lib/workflow/review-chain";
import { createUser } from "../prisma/factories";
import { buildSampleArticle } from "../prisma/seed/sample-article";
import { percentile } from "./bench-figures";
import type { PrismaClient } from "../lib/db-client";
import { startHarness } from "./reliability/harness";

const DAY = "2030-01-15";
const ITEMS = 300;
const SECTIONS = 10;
const RUNS = 50;
const WARM_UP = 10;

const ms = (value: number) => `${value.toFixed(1).padStart(6)} ms`;

async function load(db: PrismaClient) {
  const editor = await createUser(db, { role: "EDITOR", name: "Bench editor" });
  const reporters = await Promise.all(
    Array.from({ length: 30 }, (_, i) => createUser(db, { name: `記者${i}` })),
  );
  const sections = await Promise.all(
    Array.from({ length: SECTIONS }, (_, i) =>
      db.section.create({
        data: { slug: `bench-${i}`, name: `版面${i}`, nameEn: `Desk ${i}`, position: 100 + i },
      }),
    ),
  );
  const sample = buildSampleArticle();
  const statuses = ["DRAFT", "DRAFT", "SUBMITTED", "SUBMITTED", "APPROVED", "PUBLISHED"] as const;
  const items = Array.from({ length: ITEMS }, (_, i) => {
    const hasStory = i % 5 !== 0; // four in five have a story
    const status = statuses[i % statuses.length]!;
    return {
      i,
      id: crypto.randomUUID(),
      section: sections[i % SECTIONS]!.id,
      article: hasStory ? crypto.randomUUID() : null,
      status,
    };
  });
  await db.article.createMany({
    data: items.flatMap((item) =>
      item.article
        ? [
            {
              id: item.article,
              headline: `${sample.headline} ${item.i}`,
              slug: `bench-budget-${item.i}`,
              status: item.status,
              body: sample.doc,
              createdById: reporters[item.i % reporters.length]!.id,
              sectionId: item.section,
              updatedAt: new Date(Date.now() - 3_600_000),
              ...(item.status === "SUBMITTED"
                ? { reviewChain: SAN_SHEN_SAN_JIAO, reviewStage: item.i % SAN_SHEN_SAN_JIAO.length }
                : {}),
            },
          ]
        : [],
    ),
  });
  await db.planItem.createMany({
    data: items.map((item) => ({
      id: item.id,
      status: "PLANNED" as const,
      headline: `選題 ${item.i}：${sample.headline.slice(0, 12)}`,
      sectionId: item.section,
      day: new Date(`${DAY}T00:00:00Z`),
      expectedLength: 800 + (item.i % 7) * 100,
      needs: [],
      webSlot: item.i % 3 === 0 ? `${8 + (item.i % 12)}:00` : null,
      printPage: item.i % 4 === 0 ? `A${1 + (item.i % 8)}` : null,
      pitchedById: editor.id,
      articleId: item.article,
    })),
  });
  await db.assignment.createMany({
    data: items.flatMap((item) =>
      // One in ten has nobody yet; the rest one to three people.
      Array.from({ length: item.i % 10 === 0 ? 0 : 1 + (item.i % 3) }, (_, k) => ({
        planItemId: item.id,
        userId: reporters[(item.i + k * 7) % reporters.length]!.id,
        assignedById: editor.id,
        role: (["REPORTER", "PHOTOGRAPHER", "EDITOR"] as const)[k]!,
        status: (["ACCEPTED", "PENDING", "DECLINED"] as const)[(item.i + k) % 3]!,
        deadline: new Date(`${DAY}T${String(8 + k).padStart(2, "0")}:00:00Z`),
      })),
    ),
  });
  // The sweep stores every story's length; then a tenth are edited after it ran.
  while ((await indexDueWorkingCopies(db, { quietMs: 0 })) > 0);
  const edited = items.filter((item) => item.article && item.i % 10 === 1);
  await db.article.updateMany({
    where: { id: { in: edited.map((item) => item.article!) } },
    data: { version: { increment: 1 } },
  });
  await db.$executeRawUnsafe("vacuum analyze");
  // Each call edits them again (a new version the sweep has not counted, nor the budget).
  const editAgain = () =>
    db.article.updateMany({
      where: { id: { in: edited.map((item) => item.article!) } },
      data: { version: { increment: 1 } },
    });
  return { editor, stale: edited.length, editAgain };
}

/** Times `run`; `before` (untimed) runs ahead of each, e.g. an edit since the last load. */
async function timed(
  run: () => Promise<unknown>,
  before: () => Promise<unknown> = async () => {},
): Promise<number[]> {
  for (let i = 0; i < WARM_UP; i++) await run();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    await before();
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  return times;
}

async function main() {
  const harness = await startHarness();
  try {
    const { editor, stale, editAgain } = await load(harness.db);
    // The use-case reads DATABASE_URL on first use, like the app.
    process.env.DATABASE_URL = harness.databaseUrl;
    const { getBudgetDay } = await import("../lib/server/planning/budget/get-budget-day");
    const actor = { id: editor.id, role: "EDITOR" as const };
    const budget = await getBudgetDay(actor, DAY);
    const cookie = await harness.cookie(editor.id);
    const page = async (path: string, full = true) => {
      const response = await fetch(`${harness.base}${path}`, { headers: { cookie } });
      const html = await response.text();
      if (response.status !== 200 || (full && !html.includes("選題 299")))
        throw new Error(`${path} answered ${response.status} without the budget`);
      return html;
    };
    const bytes = (await page(`/newsroom/budget?day=${DAY}`)).length;
    const rows: Array<[string, number[]]> = [
      ["getBudgetDay (use-case alone)", await timed(() => getBudgetDay(actor, DAY))],
      [
        "GET /newsroom/budget (to last byte)",
        await timed(() => page(`/newsroom/budget?day=${DAY}`)),
      ],
      // Lengths counted on the spot are kept per story version: a reload after the stale
      // stories were edited again must count them afresh.
      [
        `getBudgetDay, ${stale} edited since last load`,
        await timed(() => getBudgetDay(actor, DAY), editAgain),
      ],
      [
        `GET /newsroom/budget, ${stale} edited since`,
        await timed(() => page(`/newsroom/budget?day=${DAY}`), editAgain),
      ],
      // The same page with nothing planned: what the layout, filters and session cost alone.
      [
        "GET /newsroom/budget, an empty day",
        await timed(() => page(`/newsroom/budget?day=2030-02-01`, false)),
      ],
      [
        "GET /newsroom/budget?view=week",
        await timed(() => page(`/newsroom/budget?day=${DAY}&view=week`)),
      ],
      [
        "GET …/budget/export (CSV)",
        await timed(async () => {
          const response = await fetch(`${harness.base}/newsroom/budget/export?day=${DAY}`, {
            headers: { cookie },
          });
          await response.text();
        }),
      ],
    ];
    console.log(
      `\nbench:budget on ${os.cpus().length} cores: ${budget.totals.items} items in ${budget.groups.length} sections on ${DAY}, ${stale} stories edited after the sweep counted them (counted on the spot, then kept per version); ${RUNS} runs after ${WARM_UP} warm-up`,
    );
    for (const [label, times] of rows)
      console.log(
        `  ${label.padEnd(38)} p50 ${ms(percentile(times, 50))}  p95 ${ms(percentile(times, 95))}`,
      );
    console.log(`  day page: ${(bytes / 1024).toFixed(0)} KiB of HTML`);
    console.log("  target: the day with 300 items in ≤ 100 ms server time");
  } finally {
    await harness.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
