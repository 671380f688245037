import { createArticle, createUser } from "../../prisma/factories";
import type { CaseResult, Harness } from "./harness";

/**
 * 4. Scheduled publishing: many articles scheduled within one window, the app restarted
 * in the middle. Each is published exactly once, none later than 5 s after its time (or,
 * for those due while the app was down, 5 s after it was back).
 */
export async function scheduledRestart(
  harness: Harness,
  options: { articles: number; windowSeconds: number },
): Promise<CaseResult> {
  const { db, base } = harness;
  const editor = await createUser(db, { role: "EDITOR" });
  const cookie = await harness.cookie(editor.id);
  const start = Date.now() + 5_000;
  const scheduled = [];
  for (let i = 0; i < options.articles; i++) {
    const article = await createArticle(db, { createdById: editor.id, status: "APPROVED" });
    const at = new Date(start + Math.floor((i / options.articles) * options.windowSeconds * 1000));
    const response = await fetch(`${base}/api/v1/articles/${article.id}/transitions`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie, origin: base },
      body: JSON.stringify({
        transition: "schedule",
        version: article.version,
        scheduledAt: at.toISOString(),
      }),
    });
    if (response.status !== 200)
      throw new Error(`schedule answered ${response.status}: ${await response.text()}`);
    scheduled.push({ id: article.id, at });
  }
  // Restart in the middle of the window.
  await new Promise((resolve) =>
    setTimeout(resolve, Math.max(0, start + (options.windowSeconds * 1000) / 2 - Date.now())),
  );
  const down = Date.now();
  await harness.restart("SIGTERM");
  const back = Date.now();
  const ids = scheduled.map((item) => item.id);
  const deadline = start + options.windowSeconds * 1000 + 30_000;
  while (Date.now() < deadline) {
    const done = await db.article.count({ where: { id: { in: ids }, status: "PUBLISHED" } });
    if (done === ids.length) break;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const events = await db.workflowEvent.findMany({
    where: { articleId: { in: ids }, toStatus: "PUBLISHED" },
    select: { articleId: true, createdAt: true },
  });
  const problems: string[] = [];
  const lateness: number[] = [];
  for (const item of scheduled) {
    const mine = events.filter((event) => event.articleId === item.id);
    if (mine.length !== 1) {
      problems.push(`${item.id}: published ${mine.length} times`);
      continue;
    }
    // Due while the app was down: late counts from when it was back. ("Back" is when every
    // worker answers and start-up has printed its lines; worker 1 may publish before that.)
    const published = mine[0]!.createdAt.getTime();
    const at = item.at.getTime();
    const late = at >= down && at < back ? Math.max(0, published - back) : published - at;
    lateness.push(late);
    if (late > 5_000) problems.push(`${item.id}: ${(late / 1000).toFixed(1)} s late`);
  }
  const sorted = [...lateness].sort((a, b) => a - b);
  const p95 = sorted[Math.max(0, Math.ceil(sorted.length * 0.95) - 1)] ?? NaN;
  return {
    name: "scheduled publishing across a restart",
    load: `${options.articles} publishes due within ${options.windowSeconds} s`,
    faults: "restart mid-window",
    requests: options.articles,
    errors: problems.length,
    // Not published, or published twice.
    dataLost: scheduled.filter(
      (item) => events.filter((event) => event.articleId === item.id).length !== 1,
    ).length,
    ok: problems.length === 0,
    figure: `${options.articles} articles due within ${options.windowSeconds} s, app down ${((back - down) / 1000).toFixed(1)} s: ${events.length} publications, lateness p95 ${(p95 / 1000).toFixed(2)} s, max ${((sorted.at(-1) ?? NaN) / 1000).toFixed(2)} s`,
    problems: problems.slice(0, 20),
  };
}
