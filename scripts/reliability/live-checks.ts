import type { PrismaClient } from "../../lib/db-client";
import { can, type Actor, type ArticleAccess } from "../../lib/workflow/permissions";
import { createArticle } from "../../prisma/factories";
import type { Check } from "./action-checks";

export type LiveFixture = { articleId: string; updateId: string; pendingId: string };

const text = (value: string) => ({
  type: "doc",
  content: [{ type: "paragraph", content: [{ type: "text", text: value }] }],
});

/**
 * Running live coverage the owner (a reporter) opened, with one published update of
 * theirs (to edit, remove, correct) and one waiting for an editor (to publish).
 */
export async function makeFixtureLive(db: PrismaClient, ownerId: string): Promise<LiveFixture> {
  const article = await createArticle(db, {
    createdById: ownerId,
    status: "PUBLISHED",
    kind: "LIVE",
  });
  const update = (status: "PUBLISHED" | "PENDING") =>
    db.liveUpdate.create({
      data: {
        articleId: article.id,
        status,
        body: text("河水上漲。"),
        bodyHtml: "<p>河水上漲。</p>",
        createdById: ownerId,
        publishedAt: status === "PUBLISHED" ? new Date() : null,
      },
    });
  const [published, pending] = await Promise.all([update("PUBLISHED"), update("PENDING")]);
  return { articleId: article.id, updateId: published.id, pendingId: pending.id };
}

/**
 * Live coverage's actions: posting needs `live.post` on coverage one may see (a reporter
 * on their own), the desk's control `live.manage`; a writer may edit or remove their own.
 */
export function liveChecks(ownerId: string): Check[] {
  const live: ArticleAccess = {
    createdById: ownerId,
    status: "PUBLISHED",
    bylineUserIds: [],
    review: null,
  };
  const sees = (a: Actor) => can(a, "article.view", live);
  const manages = (a: Actor) => sees(a) && can(a, "live.manage", live);
  // The fixture's published update is the owner's own.
  const writerOrDesk = (a: Actor, who: string) =>
    manages(a) || (sees(a) && who === "owner" && can(a, "live.post", live));
  const update = (db: PrismaClient, id: string) =>
    db.liveUpdate.findUnique({
      where: { id },
      select: { version: true, status: true, correction: true },
    });
  return [
    {
      action: "createLiveCoverageAction",
      args: () => [],
      allowed: (a) => can(a, "article.create") && can(a, "live.manage"),
      effect: (db) => db.article.count({ where: { kind: "LIVE" } }),
    },
    {
      action: "addLiveUpdateAction",
      args: (f) => [
        {
          articleId: f.live.articleId,
          title: null,
          body: text("新動態"),
          isKey: false,
          authorIds: [],
        },
      ],
      allowed: (a) => sees(a) && can(a, "live.post", live),
      effect: (db, f) => db.liveUpdate.count({ where: { articleId: f.live.articleId } }),
    },
    {
      action: "editLiveUpdateAction",
      args: (f) => [
        {
          updateId: f.live.updateId,
          version: 1,
          title: "修改",
          body: text("河水上漲一米。"),
          isKey: true,
          authorIds: [],
        },
      ],
      allowed: writerOrDesk,
      effect: (db, f) => update(db, f.live.updateId),
    },
    {
      action: "publishLiveUpdateAction",
      args: (f) => [{ updateId: f.live.pendingId, version: 1 }],
      allowed: manages,
      effect: (db, f) => update(db, f.live.pendingId),
    },
    {
      action: "removeLiveUpdateAction",
      args: (f) => [{ updateId: f.live.updateId, version: 1, note: "消息有誤" }],
      allowed: writerOrDesk,
      effect: (db, f) => update(db, f.live.updateId),
    },
    {
      action: "correctLiveUpdateAction",
      args: (f) => [{ updateId: f.live.updateId, version: 1, text: "應為一米" }],
      allowed: manages,
      effect: (db, f) => update(db, f.live.updateId),
    },
    {
      action: "endLiveCoverageAction",
      args: (f) => [{ articleId: f.live.articleId, ended: true }],
      allowed: manages,
      effect: (db, f) =>
        db.article.findUnique({ where: { id: f.live.articleId }, select: { liveEndedAt: true } }),
    },
    {
      // The desk's heartbeat: anyone who may see the coverage; it records writing only
      // for those who may post, so it is judged by who may see, not by data.
      action: "pingLiveDeskAction",
      args: (f) => [{ articleId: f.live.articleId, writing: false }],
      allowed: sees,
    },
  ];
}

/** Well-formed calls that must be refused whoever makes them: nothing may be written. */
export function liveHostileCalls(uuid: () => string): Record<string, () => unknown[]> {
  return {
    addLiveUpdateAction: () => [
      { articleId: uuid(), title: null, body: text("x"), isKey: false, authorIds: [] },
    ],
    editLiveUpdateAction: () => [
      { updateId: uuid(), version: 1, title: null, body: text("x"), isKey: true, authorIds: [] },
    ],
    publishLiveUpdateAction: () => [{ updateId: uuid(), version: 1 }],
    removeLiveUpdateAction: () => [{ updateId: uuid(), version: 1, note: "x" }],
    correctLiveUpdateAction: () => [{ updateId: uuid(), version: 1, text: "x" }],
    endLiveCoverageAction: () => [{ articleId: uuid(), ended: true }],
    pingLiveDeskAction: () => [{ articleId: uuid(), writing: true }],
  };
}
