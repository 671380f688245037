/**
 * `npm run bench:publish`: the workflow issue's figure, measured on the real stack.
 *  1. First publication: time from POST "publish" to the article URL answering 200 with
 *     the new headline (the reader page polled every 10 ms by a separate client).
 *  2. "Publish update": the reader page is already served (and cached); time from POST
 *     "publish-update" to the page showing the changed headline.
 *  3. Scheduled publishing: articles scheduled a few seconds ahead; how late each one
 *     actually went live (WorkflowEvent time minus scheduled time).
 * Prints the figures; asserts nothing (target: p95 ≤ 1 s from "Publish" to served).
 */
import os from "node:os";
import { createArticle, createUser } from "../prisma/factories";
import { startHarness } from "./reliability/harness";
import { percentile } from "./bench-figures";

const ROUNDS = 30;
const SCHEDULED = 20;

const summary = (values: number[]) =>
  `p50 ${percentile(values, 50).toFixed(0)} ms, p95 ${percentile(values, 95).toFixed(0)} ms, max ${Math.max(...values).toFixed(0)} ms (n=${values.length})`;

async function waitForPage(url: string, text: string, started: number): Promise<number> {
  for (;;) {
    const response = await fetch(url, { headers: { "accept-language": "en" } });
    const html = await response.text();
    if (response.status === 200 && html.includes(text)) return performance.now() - started;
    if (performance.now() - started > 30_000) throw new Error(`${url} never showed "${text}"`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

async function main() {
  // The built app on a throwaway database, seeded with the demo newsroom.
  const harness = await startHarness();
  const { db, base } = harness;
  try {
    const editor = await createUser(db, { role: "EDITOR" });
    const cookie = await harness.cookie(editor.id);
    const move = async (id: string, transition: string, version: number) => {
      const response = await fetch(`${base}/api/v1/articles/${id}/transitions`, {
        method: "POST",
        headers: { "content-type": "application/json", cookie, origin: base },
        body: JSON.stringify({ transition, version }),
      });
      if (!response.ok)
        throw new Error(`${transition}: ${response.status} ${await response.text()}`);
      return ((await response.json()) as { version: number }).version;
    };

    const firstPublish: number[] = [];
    const update: number[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      const article = await createArticle(db, { createdById: editor.id, status: "APPROVED" });
      const headline = `發佈基準 ${i} ${article.id.slice(-6)}`;
      await db.article.update({ where: { id: article.id }, data: { headline } });
      const url = `${base}/articles/${encodeURIComponent(article.slug)}`;
      let started = performance.now();
      const version = await move(article.id, "publish", article.version);
      firstPublish.push(await waitForPage(url, headline, started));

      // Readers have the page (and the cache holds it); the working copy changes.
      await waitForPage(url, headline, performance.now());
      const updated = `${headline} 更新`;
      await db.article.update({ where: { id: article.id }, data: { headline: updated } });
      started = performance.now();
      await move(article.id, "publish-update", version);
      update.push(await waitForPage(url, updated, started));
    }

    // Scheduled: all due within the same few seconds; lateness as the database saw it.
    const due = Date.now() + 5_000;
    const scheduled = await Promise.all(
      Array.from({ length: SCHEDULED }, async (_, i) => {
        const article = await createArticle(db, { createdById: editor.id, status: "APPROVED" });
        const at = new Date(due + i * 100);
        const response = await fetch(`${base}/api/v1/articles/${article.id}/transitions`, {
          method: "POST",
          headers: { "content-type": "application/json", cookie, origin: base },
          body: JSON.stringify({
            transition: "schedule",
            version: article.version,
            scheduledAt: at.toISOString(),
          }),
        });
        if (!response.ok) throw new Error(`schedule: ${response.status} ${await response.text()}`);
        return { id: article.id, at };
      }),
    );
    const ids = scheduled.map((item) => item.id);
    for (;;) {
      const done = await db.article.count({ where: { id: { in: ids }, status: "PUBLISHED" } });
      if (done === SCHEDULED) break;
      if (Date.now() > due + 60_000) throw new Error(`only ${done} of ${SCHEDULED} published`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const events = await db.workflowEvent.findMany({
      where: { articleId: { in: ids }, toStatus: "PUBLISHED" },
      select: { articleId: true, createdAt: true },
    });
    const lateness = scheduled.map((item) => {
      const event = events.find((candidate) => candidate.articleId === item.id)!;
      return event.createdAt.getTime() - item.at.getTime();
    });

    console.log(`\nbench:publish on ${os.cpus().length} cores`);
    console.log(`  "Publish" → served at the article URL:        ${summary(firstPublish)}`);
    console.log(`  "Publish update" → new copy served (cached):   ${summary(update)}`);
    console.log(`  scheduled publish, late by:                   ${summary(lateness)}`);
    console.log(
      `  published once each: ${events.length === SCHEDULED ? "yes" : `NO (${events.length} events)`}`,
    );
    console.log(`  target: p95 ≤ 1000 ms from "Publish" to served`);
  } finally {
    await harness.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
