import { createArticle, createUser } from "../../prisma/factories";
import { fieldsFor, type CaseResult, type Harness } from "./harness";

/**
 * 1. Concurrent edits: 50 clients save the same article at once from the same base
 * version. Exactly one wins, 49 get a conflict, the stored body is the winner's, and
 * exactly one revision is added.
 */
export async function concurrentEdits(harness: Harness, clients = 50): Promise<CaseResult> {
  const { db, base } = harness;
  const owner = await createUser(db, { role: "EDITOR" });
  const article = await createArticle(db, { createdById: owner.id });
  const editors = await Promise.all(
    Array.from({ length: clients }, async () => {
      const user = await createUser(db, { role: "EDITOR" });
      return { user, cookie: await harness.cookie(user.id) };
    }),
  );
  const revisionsBefore = await db.revision.count({ where: { articleId: article.id } });
  const started = performance.now();
  const answers = await Promise.all(
    editors.map(async (editor, i) => {
      const text = `第 ${i} 位編輯的版本`;
      const response = await fetch(`${base}/api/v1/articles/${article.id}`, {
        method: "PUT",
        headers: { "content-type": "application/json", cookie: editor.cookie, origin: base },
        body: JSON.stringify({
          baseVersion: article.version,
          kind: "MANUAL",
          fields: fieldsFor(article.slug, text),
        }),
      });
      await response.arrayBuffer();
      return { status: response.status, text };
    }),
  );
  const elapsed = performance.now() - started;
  const winners = answers.filter((answer) => answer.status === 200);
  const conflicts = answers.filter((answer) => answer.status === 409);
  const stored = await db.article.findUniqueOrThrow({ where: { id: article.id } });
  const storedText = JSON.stringify(stored.body);
  const revisions =
    (await db.revision.count({ where: { articleId: article.id } })) - revisionsBefore;
  const problems: string[] = [];
  if (winners.length !== 1) problems.push(`${winners.length} saves won (expected exactly 1)`);
  if (conflicts.length !== clients - 1)
    problems.push(`${conflicts.length} conflicts (expected ${clients - 1})`);
  const other = answers.filter((answer) => answer.status !== 200 && answer.status !== 409);
  if (other.length) problems.push(`unexpected statuses: ${other.map((a) => a.status).join(", ")}`);
  if (winners[0] && !storedText.includes(winners[0].text))
    problems.push("the stored body is not the winner's");
  if (stored.version !== article.version + 1)
    problems.push(`version ${stored.version} (expected ${article.version + 1})`);
  if (revisions !== 1) problems.push(`${revisions} revisions added (expected 1)`);
  return {
    name: "concurrent edits",
    load: `${clients} saves at once, one base version`,
    faults: "none",
    requests: clients,
    errors: other.length + (winners.length === 1 ? 0 : 1),
    // The winner's body must be what is stored, with exactly one new revision.
    dataLost:
      (winners[0] && !storedText.includes(winners[0].text) ? 1 : 0) + (revisions === 1 ? 0 : 1),
    ok: problems.length === 0,
    figure: `${clients} simultaneous saves in ${elapsed.toFixed(0)} ms: ${winners.length} won, ${conflicts.length} conflicts, ${revisions} revision added`,
    problems,
  };
}
