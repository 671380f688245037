import type { Prisma, PrismaClient } from "../../lib/generated/prisma/client";
import type { Doc } from "../../lib/content/doc";
import { renderDocToHtml } from "../../lib/content/render-html";
import { indexPublishedVersion } from "../../lib/server/search/search-vector";

export const DEMO_LIVE_SLUG = "dezhou-flood-live";

const doc = (...paragraphs: string[]) => ({
  type: "doc",
  content: paragraphs.map((text) => ({ type: "paragraph", content: [{ type: "text", text }] })),
});

/** The demo's updates, oldest first: who wrote it, minutes before the seed ran, title, text. */
const UPDATES: Array<{
  by: "wang-he" | "li-rong";
  ago: number;
  title?: string;
  text: string;
  isKey?: boolean;
}> = [
  {
    by: "li-rong",
    ago: 150,
    title: "市防指啟動防汛四級應急響應",
    text: "德州市防汛抗旱指揮部上午10時啟動防汛四級應急響應，要求沿河各縣市區加強巡堤查險，做好人員轉移準備。",
    isKey: true,
  },
  {
    by: "wang-he",
    ago: 110,
    text: "記者在漳衛新河德州段看到，河道水位較昨日明顯上漲，巡堤人員每兩小時巡查一次，沿岸已設置警示標誌。",
  },
  {
    by: "wang-he",
    ago: 60,
    text: "武城縣已轉移低窪地區群眾120餘人，安置點提供飲用水、食品和藥品，轉移工作仍在進行。",
  },
  {
    by: "li-rong",
    ago: 20,
    text: "市氣象台預計今晚至明天仍有中到大雨，局部暴雨。請市民減少非必要出行，遠離河道和低窪地帶。",
  },
];

/**
 * One running live coverage in 本地 (a flood warning), opened by 李榕 with 王賀 on it,
 * with four updates and one key event, so the home page's "Live now" and the live page
 * have something to show. Created only if missing; its times follow the seed's clock.
 */
export async function seedLiveCoverage(db: PrismaClient): Promise<void> {
  if (await db.article.findUnique({ where: { slug: DEMO_LIVE_SLUG }, select: { id: true } }))
    return;
  const [editor, section, people] = await Promise.all([
    db.user.findUniqueOrThrow({ where: { email: "li.rong@example.com" } }),
    db.section.findUniqueOrThrow({ where: { slug: "local" } }),
    db.contributor.findMany({ where: { slug: { in: ["wang-he", "li-rong"] } } }),
  ]);
  const person = (slug: string) => {
    const found = people.find((contributor) => contributor.slug === slug);
    if (!found) throw new Error(`The demo live coverage credits ${slug}, who is missing.`);
    return found;
  };
  const bylines = [
    { contributor: person("wang-he"), role: "REPORTER" as const },
    { contributor: person("li-rong"), role: "EDITOR" as const },
  ];
  const openedAt = new Date(Date.now() - 3 * 60 * 60_000);
  const body = doc(
    "德州連日降雨，漳衛新河、馬頰河水位持續上漲。本報記者在沿河各縣市區跟進防汛情況，最新消息在此滾動更新。",
  );
  const common = {
    headline: "德州防汛：漳衛新河洪水預警即時報道",
    dek: "市防指啟動四級應急響應，沿河低窪地區群眾有序轉移。",
    slug: DEMO_LIVE_SLUG,
    language: "zh_Hant" as const,
    datelinePlace: "德州",
    sectionId: section.id,
  };
  await db.$transaction(async (tx) => {
    const article = await tx.article.create({
      data: {
        ...common,
        kind: "LIVE",
        body,
        status: "PUBLISHED",
        statusChangedAt: openedAt,
        publishedAt: openedAt,
        createdById: editor.id,
        bylines: {
          create: bylines.map(({ contributor, role }, position) => ({
            contributorId: contributor.id,
            role,
            position,
          })),
        },
      },
    });
    const live = await tx.publishedVersion.create({
      data: {
        ...common,
        articleId: article.id,
        number: 1,
        tagIds: [],
        contributorIds: bylines.map(({ contributor }) => contributor.id),
        bylines: bylines.map(({ contributor, role }) => ({
          contributorId: contributor.id,
          name: contributor.name,
          slug: contributor.slug,
          kind: contributor.kind,
          role,
        })),
        body: body as Prisma.InputJsonValue,
        bodyHtml: renderDocToHtml(body as Doc),
        publishedAt: openedAt,
        createdById: editor.id,
        sourceVersion: article.version,
      },
    });
    await tx.article.update({ where: { id: article.id }, data: { liveVersionId: live.id } });
    await indexPublishedVersion(tx, live);
    await tx.workflowEvent.create({
      data: {
        articleId: article.id,
        fromStatus: null,
        toStatus: "PUBLISHED",
        actorId: editor.id,
        note: "Demo content",
        createdAt: openedAt,
      },
    });
    for (const update of UPDATES) {
      const at = new Date(Date.now() - update.ago * 60_000);
      const author = person(update.by);
      const text = doc(update.text);
      await tx.liveUpdate.create({
        data: {
          articleId: article.id,
          status: "PUBLISHED",
          title: update.title ?? null,
          body: text as Prisma.InputJsonValue,
          bodyHtml: renderDocToHtml(text as Doc),
          isKey: update.isKey ?? false,
          createdById: author.userId,
          createdAt: at,
          publishedAt: at,
          authors: { create: [{ contributorId: author.id, position: 0 }] },
        },
      });
    }
  });
}
