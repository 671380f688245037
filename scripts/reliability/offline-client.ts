import { twoCoEditors } from "./collab-client";
import { storedText } from "./coediting-crash";
import type { CaseResult, Harness } from "./harness";

/**
 * A co-editor's connection drops for `seconds` while both keep typing in the same
 * paragraph; when it is back, nothing either typed is lost, both hold the same text, and
 * PostgreSQL has all of it, with no conflict for anyone to resolve.
 */
export async function offlineClient(harness: Harness, seconds: number): Promise<CaseResult> {
  const { articleId, clients, joined } = await twoCoEditors(harness);
  const [stays, leaves] = clients;
  const problems: string[] = [];
  if (!joined) problems.push("a co-editor could not join");
  leaves.provider.disconnect();
  const typed: string[] = [];
  const end = Date.now() + seconds * 1000;
  for (let n = 0; Date.now() < end; n++) {
    for (const [name, client] of [
      ["在線", stays],
      ["離線", leaves],
    ] as const) {
      const token = `〔${name}${n}〕`;
      client.type(token);
      typed.push(token);
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  const apart = stays.text() !== leaves.text();
  void leaves.provider.connect();
  const merged = (await leaves.whenSynced(15_000)) && (await stays.whenSynced(15_000));
  await new Promise((resolve) => setTimeout(resolve, 500));
  if (!merged) problems.push("the offline co-editor did not merge within 15 s of reconnecting");
  if (!apart) problems.push("the offline co-editor was not offline");
  const converged = stays.text() === leaves.text();
  if (!converged) problems.push("the two texts differ after reconnecting");
  const stored = await storedText(harness, articleId);
  const lost = typed.filter((token) => !stays.text().includes(token) || !stored.includes(token));
  if (lost.length) problems.push(`${lost.length} changes lost: ${lost.slice(0, 5).join(" ")}`);
  stays.destroy();
  leaves.destroy();
  return {
    name: "offline co-editor",
    load: `2 co-editors typing in one paragraph, one offline for ${seconds} s`,
    faults: `connection dropped ${seconds} s`,
    requests: typed.length,
    errors: problems.length - (lost.length ? 1 : 0),
    dataLost: lost.length,
    ok: problems.length === 0,
    figure: `${typed.length} changes (${typed.length / 2} typed offline), ${converged ? "merged" : "not merged"} on reconnecting, ${lost.length} lost`,
    problems,
  };
}
