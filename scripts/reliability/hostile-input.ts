import { createArticle, createUser } from "../../prisma/factories";
import { databaseFingerprint, type CaseResult, type Harness } from "./harness";
import { actionAttempts, fuzzedActionNames, type Attempt } from "./hostile-actions";
import { random, routeMutations } from "./hostile-routes";
import { actionIds } from "./server-actions";

/**
 * 5. Hostile input: generated malformed or oversized payloads against the route handlers
 * and every server action that takes input (fuzzed JSON, wrong types and arity, huge
 * strings, invalid UTF-8, deep nesting, broken React replies): never a 500 (for an action,
 * never an error row in its answer), and nothing written (the database's fingerprint is
 * the same before and after). `count` payloads for each of the two.
 */
export async function hostileInput(
  harness: Harness,
  count = 600,
  seed = 20261128,
): Promise<CaseResult> {
  const { db, base } = harness;
  const rng = random(seed);
  const editor = await createUser(db, { role: "EDITOR" });
  const cookie = await harness.cookie(editor.id);
  const article = await createArticle(db, { createdById: editor.id, status: "DRAFT" });
  const mutations = routeMutations(rng, article);
  const before = await databaseFingerprint(db);
  const statuses = new Map<number, number>();
  const serverErrors: string[] = [];
  const accepted: string[] = [];
  let malformedRefused = 0;
  // Made as they are sent (some bodies are megabytes); the order, and so the run, is fixed by the seed.
  const makers: Array<() => Attempt> = [
    ...Array.from({ length: count }, () => rng.pick(mutations)),
    ...(() => {
      let actions: Attempt[] | null = null;
      let next = 0;
      return Array.from({ length: count }, () => () => {
        actions ??= actionAttempts(rng, count, actionIds(), article);
        return actions[next++]!;
      });
    })(),
  ];
  let index = 0;
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      while (index < makers.length) {
        const attempt = makers[index++]!();
        let status: number;
        try {
          const response = await fetch(`${base}${attempt.path}`, {
            method: attempt.method,
            headers: {
              cookie,
              origin: base,
              ...(attempt.type ? { "content-type": attempt.type } : {}),
              ...(attempt.action
                ? { "next-action": attempt.action, accept: "text/x-component" }
                : {}),
            },
            ...(attempt.body !== undefined ? { body: attempt.body as BodyInit } : {}),
            redirect: "manual",
          });
          status = response.status;
          const text = await response.text();
          // An action that throws answers 200 with an error row: a 500 by another name.
          if (attempt.action && /^1:E\{/m.test(text)) status = 500;
          if (attempt.malformedEncoding && (status === 400 || status === 413)) malformedRefused++;
        } catch (error) {
          status = 0;
          serverErrors.push(`${attempt.label}: connection failed (${(error as Error).message})`);
        }
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
        if (status >= 200 && status < 300 && attempt.method !== "GET") accepted.push(attempt.label);
        if (status >= 500)
          serverErrors.push(
            `${attempt.label}: ${attempt.method} ${attempt.path.slice(0, 80)} → ${status}`,
          );
      }
    }),
  );
  const after = await databaseFingerprint(db);
  const problems = [...new Set(serverErrors)].slice(0, 20);
  if (before !== after)
    problems.push(
      `the database changed (writes answered 2xx: ${[...new Set(accepted)].join(", ") || "none"}): ${before} → ${after}`,
    );
  const summary = [...statuses.entries()]
    .sort(([a], [b]) => a - b)
    .map(([s, n]) => `${s}×${n}`)
    .join(", ");
  return {
    name: "hostile input",
    ok: problems.length === 0,
    figure: `${count} payloads at route handlers and ${count} at ${fuzzedActionNames().length} server actions (seed ${seed}): ${summary}; ${serverErrors.length} server errors; ${malformedRefused} malformed action bodies answered 400/413 before reaching an action; database unchanged: ${before === after ? "yes" : "NO"}`,
    problems,
    load: `${(count * 2).toLocaleString("en")} malformed or oversized payloads, 8 at a time`,
    faults: "fuzzed input",
    requests: count * 2,
    errors: serverErrors.length,
    dataLost: before === after ? 0 : 1,
  };
}
