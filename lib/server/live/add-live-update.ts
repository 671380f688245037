import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import type { TLiveUpdateAdd } from "@/lib/schemas/live";
import { can, type Actor } from "@/lib/workflow/permissions";
import { syncLiveUpdateMedia } from "../articles/article-media";
import { recordAudit } from "../audit/record-audit";
import { authorize } from "../auth/authorize";
import { notify } from "../notifications/notify";
import { assertOpen, invalidateCoverage, loadCoverage, reindexCoverage } from "./live-coverage";
import { prepareUpdateBody, resolveAuthors } from "./update-content";

/**
 * "Add update": published at once, unless the writer may not publish and the section asks
 * an editor to ("Reporters' live updates wait for an editor"), when it waits as PENDING.
 * Refused with a sentence and nothing written: coverage not open or ended, an empty or
 * invalid body, a title too long, an author not on the coverage.
 */
export async function addLiveUpdate(input: {
  actor: Actor;
  update: TLiveUpdateAdd;
  ip?: string | null;
}): Promise<{ id: string; status: "PENDING" | "PUBLISHED" }> {
  const { actor, update } = input;
  const { article, access } = await loadCoverage(actor, update.articleId);
  await authorize(actor, "live.post", {
    article: access,
    resourceType: "article",
    resourceId: article.id,
    ip: input.ip ?? null,
  });
  assertOpen(article);
  const { doc, html } = await prepareUpdateBody(update.body);
  const authors = await resolveAuthors(actor, article.id, update.authorIds);
  const held =
    !can(actor, "live.manage", access) &&
    article.sectionId !== null &&
    (
      await db.section.findUnique({
        where: { id: article.sectionId },
        select: { liveUpdatesNeedEditor: true },
      })
    )?.liveUpdatesNeedEditor === true;
  const created = await db.$transaction(async (tx) => {
    // Under the article's row lock: "End coverage" at the same moment either comes first
    // (and this is refused) or after (and this update is on the record it closes).
    await tx.$executeRaw`select 1 from "Article" where id = ${article.id}::uuid for update`;
    const now = await tx.article.findUniqueOrThrow({
      where: { id: article.id },
      select: { status: true, liveEndedAt: true },
    });
    assertOpen({ ...article, ...now });
    const row = await tx.liveUpdate.create({
      data: {
        articleId: article.id,
        status: held ? "PENDING" : "PUBLISHED",
        title: update.title,
        body: doc as unknown as Prisma.InputJsonValue,
        bodyHtml: html,
        isKey: update.isKey,
        createdById: actor.id,
        publishedAt: held ? null : new Date(),
        authors: {
          create: authors.map((contributorId, position) => ({ contributorId, position })),
        },
      },
      select: { id: true, status: true },
    });
    await syncLiveUpdateMedia(tx, article.id);
    if (held) {
      // The section's desk heads hear of it (else every editor): someone must publish it.
      const heads = await tx.sectionHead.findMany({
        where: { sectionId: article.sectionId! },
        select: { userId: true },
      });
      await notify(tx, {
        kind: "LIVE_UPDATE_WAITING",
        articleId: article.id,
        audience: heads.length ? "people" : "desk",
        people: heads.map((head) => head.userId),
        actorId: actor.id,
        message: update.title,
      });
    }
    return row;
  });
  if (created.status === "PUBLISHED") {
    invalidateCoverage(article);
    await reindexCoverage(article.id);
  }
  await recordAudit({
    actorId: actor.id,
    action: "live.post",
    outcome: "ALLOWED",
    resourceType: "article",
    resourceId: article.id,
    ip: input.ip ?? null,
    details: { updateId: created.id, status: created.status },
  });
  return { id: created.id, status: created.status as "PENDING" | "PUBLISHED" };
}
