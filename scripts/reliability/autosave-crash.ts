import { fieldsFor, writers, type CaseResult, type Harness } from "./harness";

/**
 * 2. Autosave storm and a crash: editors autosave continuously while the app is killed
 * with SIGKILL and restarted. Every save answered "Saved" (200) must be in the database
 * afterwards: each article's version is at least its last acknowledged one, and its text
 * is the last acknowledged text or one sent after it (whose answer the crash swallowed).
 */
export async function autosaveCrash(
  harness: Harness,
  options: { editors: number; seconds: number },
): Promise<CaseResult> {
  const { db } = harness;
  const clients = (await writers(harness, options.editors)).map((writer) => ({
    ...writer,
    acked: { version: writer.version, text: "" },
    sentSinceAck: [] as string[],
    saves: 0,
    failures: 0,
    requests: 0,
  }));
  const end = Date.now() + options.seconds * 1000;
  let crashedAt = 0;
  let back = 0;
  const crash = (async () => {
    await new Promise((resolve) => setTimeout(resolve, (options.seconds * 1000) / 3));
    crashedAt = Date.now();
    await harness.restart("SIGKILL");
    back = Date.now();
  })();
  await Promise.all(
    clients.map(async (client, index) => {
      for (let i = 0; Date.now() < end; i++) {
        const text = `編輯 ${index} 的第 ${i} 次自動保存`;
        client.sentSinceAck.push(text);
        client.requests++;
        try {
          const response = await fetch(`${harness.base}/api/v1/articles/${client.article.id}`, {
            method: "PUT",
            headers: {
              "content-type": "application/json",
              cookie: client.cookie,
              origin: harness.base,
            },
            body: JSON.stringify({
              baseVersion: client.version,
              kind: "AUTOSAVE",
              fields: fieldsFor(client.article.slug, text),
            }),
            signal: AbortSignal.timeout(5_000),
          });
          const payload = (await response.json()) as {
            version?: number;
            current?: { version: number };
          };
          if (response.status === 200 && payload.version) {
            client.version = payload.version;
            client.acked = { version: payload.version, text };
            client.sentSinceAck = [];
            client.saves++;
          } else if (response.status === 409 && payload.current) {
            // A save the crash answered for nobody did land: carry on from it ("keep mine").
            client.version = payload.current.version;
          } else {
            client.failures++;
          }
        } catch {
          client.failures++; // the app is down: the editor keeps the change and retries
          await new Promise((resolve) => setTimeout(resolve, 200));
        }
        await new Promise((resolve) => setTimeout(resolve, 100 + Math.random() * 200));
      }
    }),
  );
  await crash;
  const problems: string[] = [];
  for (const client of clients) {
    const stored = await db.article.findUniqueOrThrow({ where: { id: client.article.id } });
    const storedText = JSON.stringify(stored.body);
    if (stored.version < client.acked.version)
      problems.push(
        `article ${client.article.id}: version ${stored.version} < acknowledged ${client.acked.version}`,
      );
    const candidates = [client.acked.text, ...client.sentSinceAck].filter(Boolean);
    if (
      client.acked.text &&
      !candidates.some((text) => storedText.includes(JSON.stringify(text).slice(1, -1)))
    )
      problems.push(
        `article ${client.article.id}: lost the acknowledged text "${client.acked.text}"`,
      );
  }
  const saves = clients.reduce((sum, client) => sum + client.saves, 0);
  return {
    name: "autosave storm and a crash",
    load: `${options.editors} editors autosaving for ${options.seconds} s`,
    faults: "SIGKILL, restart",
    requests: clients.reduce((sum, client) => sum + client.requests, 0),
    // Failed saves during the crash are expected (the editor keeps and retries them).
    errors: problems.length,
    dataLost: problems.length,
    ok: problems.length === 0 && saves > 0,
    figure: `${options.editors} editors for ${options.seconds} s, SIGKILL at ${((crashedAt - (end - options.seconds * 1000)) / 1000).toFixed(1)} s, back after ${((back - crashedAt) / 1000).toFixed(1)} s: ${saves} saves acknowledged, ${problems.length} lost`,
    problems: problems.slice(0, 20),
  };
}
