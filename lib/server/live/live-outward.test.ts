import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createArticle, createUser, paragraphDoc } from "@/prisma/factories";
import { transitionArticle } from "../articles/transition-article";
import { getFeed } from "../feeds/get-feed";
import { getNewsSitemap } from "../feeds/get-sitemaps";
import { searchArticles } from "../search/search-articles";
import { liveBlogJsonLd } from "../reader/live-structured-data";
import { getLiveCoverage } from "../reader/live-updates";
import { addLiveUpdate } from "./add-live-update";
import { endLiveCoverage } from "./end-live-coverage";

afterAll(() => db.$disconnect());

const ORIGIN = "https://news.example.com";

async function runningCoverage(openedDaysAgo: number) {
  const editorUser = await createUser(db, { role: "EDITOR" });
  const editor = { id: editorUser.id, role: "EDITOR" as const };
  const article = await createArticle(db, {
    createdById: editor.id,
    status: "APPROVED",
    kind: "LIVE",
    headline: `洪水預警即時報道 ${editor.id.slice(0, 8)}`,
  });
  await transitionArticle({
    actor: editor,
    articleId: article.id,
    transition: "publish",
    version: article.version,
  });
  const openedAt = new Date(Date.now() - openedDaysAgo * 86_400_000);
  await db.article.update({ where: { id: article.id }, data: { publishedAt: openedAt } });
  await db.publishedVersion.updateMany({
    where: { articleId: article.id },
    data: { publishedAt: openedAt },
  });
  const update = (text: string, title: string | null = null) =>
    addLiveUpdate({
      actor: editor,
      update: {
        articleId: article.id,
        title,
        body: paragraphDoc(text),
        isKey: false,
        authorIds: [],
      },
    });
  return { article, editor, update };
}

describe("live coverage outside its page", () => {
  it("carries the newest updates in the feeds, and stays in the news sitemap while it runs", async () => {
    const { article, update } = await runningCoverage(0);
    await update("堤防巡查中 <b>不是標記</b>", "巡堤");
    const rss = (await getFeed({ format: "rss", origin: ORIGIN }))!.body;
    expect(rss).toContain("堤防巡查中 &lt;b&gt;不是標記");
    expect(rss).toContain("巡堤");
    const json = JSON.parse((await getFeed({ format: "json", origin: ORIGIN }))!.body) as {
      items: { id: string; content_html: string; date_modified: string }[];
    };
    const entry = json.items.find((item) => item.id === `urn:uuid:${article.id}`);
    expect(entry?.content_html).toContain('class="live-updates"');
    expect(entry?.content_html).toContain("堤防巡查中");
    // Opened five days ago: past the news sitemap's two days, listed while it runs.
    const old = await runningCoverage(5);
    const news = (await getNewsSitemap(ORIGIN)).body;
    expect(news).toContain(`/articles/${old.article.slug}`);
    await endLiveCoverage({ actor: old.editor, articleId: old.article.id, ended: true });
    expect((await getNewsSitemap(ORIGIN)).body).not.toContain(`/articles/${old.article.slug}`);
  });

  it("describes the page as a LiveBlogPosting with its updates", async () => {
    const { article, update } = await runningCoverage(0);
    const { id } = await update("水位上漲。", "水位");
    const coverage = await getLiveCoverage(article.id);
    const startedAt = new Date("2026-12-06T01:00:00Z");
    const endedAt = new Date("2026-12-06T09:00:00Z");
    const jsonLd = liveBlogJsonLd(
      { "@type": "NewsArticle", dateModified: startedAt.toISOString(), url: `${ORIGIN}/a` },
      coverage,
      { startedAt, endedAt, origin: ORIGIN, path: `/articles/${article.slug}` },
    );
    expect(jsonLd).toMatchObject({
      "@type": "LiveBlogPosting",
      coverageStartTime: startedAt.toISOString(),
      coverageEndTime: endedAt.toISOString(),
      liveBlogUpdate: [
        {
          "@type": "BlogPosting",
          headline: "水位",
          articleBody: "水位上漲。",
          url: `${ORIGIN}/articles/${article.slug}#update-${id}`,
        },
      ],
    });
  });

  it("is found by search through the words of its updates, in either script", async () => {
    const { article, update } = await runningCoverage(0);
    const word = `蓄滯洪區${article.id.slice(0, 6)}`;
    await update(`${word}開始分洪。`);
    const found = await searchArticles({ q: "蓄滞洪区" });
    expect(found.items.map((item) => item.slug)).toContain(article.slug);
    expect((await searchArticles({ q: word })).items.map((item) => item.slug)).toEqual([
      article.slug,
    ]);
  });
});
