import { callAction, actionIds } from "./server-actions";
import type { Harness } from "./harness";

/**
 * Live coverage for the XSS case: published through the transitions route, with each
 * payload posted as an update (title, text, link) through the desk's own server action,
 * so the reader's live page, with its one script running, shows every payload.
 */
export async function liveCoverageWithPayloads(
  harness: Harness,
  editorId: string,
  cookie: string,
  payloads: readonly string[],
): Promise<{ slug: string; updates: number }> {
  const { db, base } = harness;
  const slug = `xss-live-${Date.now().toString(36)}`;
  const article = await db.article.create({
    data: {
      headline: "即時 XSS",
      slug,
      kind: "LIVE",
      body: { type: "doc", content: [] },
      createdById: editorId,
      status: "APPROVED",
    },
  });
  const published = await fetch(`${base}/api/v1/articles/${article.id}/transitions`, {
    method: "POST",
    headers: { "content-type": "application/json", cookie, origin: base },
    body: JSON.stringify({ transition: "publish", version: article.version }),
  });
  if (published.status !== 200)
    throw new Error(`publishing the live coverage: ${published.status}`);
  const id = [...actionIds()].find(([key]) => key.endsWith("#addLiveUpdateAction"))?.[1];
  if (!id) throw new Error("no addLiveUpdateAction in this build");
  let updates = 0;
  for (const payload of payloads) {
    const paragraph = (content: unknown[]) => ({ type: "paragraph", content });
    const post = (content: unknown[]) =>
      callAction(
        base,
        id,
        [
          {
            articleId: article.id,
            title: payload.slice(0, 120),
            body: { type: "doc", content },
            isKey: true,
            authorIds: [],
          },
        ],
        { cookie, page: `/newsroom/articles/${article.id}` },
      );
    const text = paragraph([{ type: "text", text: payload }]);
    const link = paragraph([
      { type: "text", text: "link", marks: [{ type: "link", attrs: { href: payload } }] },
    ]);
    // The validator refuses a hostile link: then the text alone.
    let answer = await post([text, link]);
    if ((answer.result as { ok?: boolean } | undefined)?.ok !== true) answer = await post([text]);
    if ((answer.result as { ok?: boolean } | undefined)?.ok !== true)
      throw new Error(`posting a live update answered ${JSON.stringify(answer.result)}`);
    updates += 1;
  }
  return { slug, updates };
}
