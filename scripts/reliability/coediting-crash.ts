import * as Y from "yjs";
import { BODY_FIELD, loadYDoc } from "../../lib/content/collab-doc";
import { createArticle, createUser } from "../../prisma/factories";
import { connectCollab, openForCoEditing, type CollabClient } from "./collab-client";
import type { CaseResult, Harness } from "./harness";

/** The first paragraph's text in what PostgreSQL holds (state plus appended updates). */
export async function storedText(harness: Pick<Harness, "db">, articleId: string): Promise<string> {
  const doc = await harness.db.articleBodyDoc.findUniqueOrThrow({ where: { articleId } });
  const updates = await harness.db.articleBodyUpdate.findMany({
    where: { articleId },
    orderBy: { id: "asc" },
  });
  const ydoc = loadYDoc([doc.state, ...updates.map((row) => row.data)]);
  const paragraph = ydoc.getXmlFragment(BODY_FIELD).get(0) as Y.XmlElement | undefined;
  return (paragraph?.get(0) as Y.XmlText | undefined)?.toString() ?? "";
}

/**
 * Co-editors and a crash: `editors` people type into one story's body while the app is
 * killed (SIGKILL) and restarted. Promises: every change the server acknowledged before
 * the kill is in PostgreSQL while the app is down (acknowledged = stored); every client
 * reconnects by itself; within 10 s all of them hold the same text, which has every
 * change anyone typed, and the derived working copy has it too.
 */
export async function coeditingCrash(
  harness: Harness,
  options: { editors: number; seconds: number },
): Promise<CaseResult> {
  const { db } = harness;
  const owner = await createUser(db, { role: "REPORTER" });
  const article = await createArticle(db, { createdById: owner.id });
  const people = await Promise.all(
    Array.from({ length: options.editors }, () => createUser(db, { role: "EDITOR" })),
  );
  const cookies = await Promise.all(people.map((person) => harness.cookie(person.id)));
  const lineage = await openForCoEditing(db, harness.base, article.id, cookies[0]!);
  const clients = cookies.map((cookie) =>
    connectCollab({ base: harness.base, articleId: article.id, cookie, lineage }),
  );
  const problems: string[] = [];
  const ready = await Promise.all(clients.map((client) => client.whenSynced(15_000)));
  if (ready.includes(false)) problems.push("not every co-editor could join the document");

  const typed = clients.map(() => [] as string[]);
  const acked = clients.map(() => new Set<string>());
  const settle = (client: CollabClient, index: number) => {
    if (client.isSynced()) for (const token of typed[index]!) acked[index]!.add(token);
  };
  let ackedAtKill: string[] = [];
  let missingAtKill: string[] = [];
  const started = Date.now();
  const end = started + options.seconds * 1000;
  const crash = (async () => {
    await new Promise((resolve) => setTimeout(resolve, (options.seconds * 1000) / 3));
    await harness.restart("SIGKILL", async () => {
      clients.forEach(settle);
      ackedAtKill = acked.flatMap((set) => [...set]);
      const stored = await storedText(harness, article.id);
      missingAtKill = ackedAtKill.filter((token) => !stored.includes(token));
    });
  })();
  await Promise.all(
    clients.map(async (client, index) => {
      for (let n = 0; Date.now() < end; n++) {
        const token = `〔${index}-${n}〕`;
        if (client.text()) {
          client.type(token);
          typed[index]!.push(token);
        }
        await new Promise((resolve) => setTimeout(resolve, 150 + Math.random() * 200));
        settle(client, index);
      }
    }),
  );
  await crash;
  const reconnected = await Promise.all(clients.map((client) => client.whenSynced(30_000)));
  const stragglers = reconnected.filter((ok) => !ok).length;
  if (stragglers > 0) problems.push(`${stragglers} co-editors did not reconnect within 30 s`);
  if (missingAtKill.length > 0)
    problems.push(
      `${missingAtKill.length} acknowledged changes were not in PostgreSQL at the kill: ${missingAtKill.slice(0, 5).join(" ")}`,
    );
  // Synced means a client's own changes are stored; the others' reach it a moment later
  // (those who reconnect later get them in their first sync), so convergence is awaited.
  const reconnectedAt = Date.now();
  const distinctTexts = () => new Set(clients.map((client) => client.text())).size;
  while (distinctTexts() > 1 && Date.now() - reconnectedAt < 10_000)
    await new Promise((resolve) => setTimeout(resolve, 50));
  const convergedIn = Date.now() - reconnectedAt;
  const texts = new Set(clients.map((client) => client.text()));
  if (texts.size !== 1)
    problems.push(
      `the co-editors still hold ${texts.size} different texts 10 s after reconnecting`,
    );
  const final = clients[0]!.text();
  const everyToken = typed.flat();
  const lost = everyToken.filter((token) => !final.includes(token));
  if (lost.length > 0)
    problems.push(`${lost.length} typed changes missing: ${lost.slice(0, 5).join(" ")}`);
  // The working copy follows the document a couple of seconds after typing stops.
  let derived = "";
  for (let i = 0; i < 40 && !everyToken.every((token) => derived.includes(token)); i++) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    const row = await db.article.findUniqueOrThrow({ where: { id: article.id } });
    derived = JSON.stringify(row.body);
  }
  const notDerived = everyToken.filter((token) => !derived.includes(token)).length;
  if (notDerived > 0) problems.push(`${notDerived} changes missing from the derived working copy`);
  clients.forEach((client) => client.destroy());
  return {
    name: "co-editing and a crash",
    load: `${options.editors} co-editors typing in one story for ${options.seconds} s`,
    faults: "SIGKILL, restart",
    requests: everyToken.length,
    errors: stragglers + (texts.size === 1 ? 0 : 1),
    dataLost: missingAtKill.length + lost.length + notDerived,
    ok: problems.length === 0 && everyToken.length > 0,
    figure: `${options.editors} co-editors, ${everyToken.length} changes typed, ${ackedAtKill.length} acknowledged before the kill (${missingAtKill.length} not stored), ${reconnected.length - stragglers}/${clients.length} reconnected by themselves, ${texts.size === 1 ? `converged ${(convergedIn / 1000).toFixed(1)} s after the last synced` : "diverged"}, ${lost.length} lost`,
    problems,
  };
}
