import "server-only";
import { db } from "@/lib/db";
import type { ArticleStatus, RevisionKind } from "@/lib/generated/prisma/client";
import { stepOfStatuses, type ActivityKind } from "@/lib/workflow/activity";
import { type Actor } from "@/lib/workflow/permissions";
import { loadViewableArticle } from "./viewable-article";

/** The newest this many rows; older ones stay in History and the audit log. */
export const TIMELINE_LIMIT = 500;

type Base = { id: string; at: Date; actorName: string | null };
export type TimelineEntry =
  | (Base & {
      type: "event";
      /** The workflow step ("create" for a first status); null for a pair the table no longer has. */
      step: ActivityKind | null;
      fromStatus: ArticleStatus | null;
      toStatus: ArticleStatus;
      note: string | null;
    })
  | (Base & { type: "revision"; kind: RevisionKind; version: number; reason: string | null })
  | (Base & { type: "correction"; text: string; correctedAt: Date });

const ORDER: Record<TimelineEntry["type"], number> = { event: 0, correction: 1, revision: 2 };

/**
 * "Timeline": workflow events, revisions and corrections of one article in one list,
 * oldest first (the newest TIMELINE_LIMIT). NOT_FOUND for someone who may not view it.
 * A workflow step writes both an event and a WORKFLOW revision (the copy it moved, for
 * History); the timeline shows the step once, as its event.
 */
export async function getTimeline(
  actor: Actor,
  articleId: string,
): Promise<{ headline: string; entries: TimelineEntry[]; isTruncated: boolean }> {
  const { article } = await loadViewableArticle(actor, articleId, { headline: true });

  const newest = [{ createdAt: "desc" as const }, { id: "desc" as const }];
  const name = { select: { name: true } };
  const [events, revisions, corrections] = await Promise.all([
    db.workflowEvent.findMany({
      where: { articleId },
      orderBy: newest,
      take: TIMELINE_LIMIT,
      select: {
        id: true,
        createdAt: true,
        fromStatus: true,
        toStatus: true,
        note: true,
        actor: name,
      },
    }),
    db.revision.findMany({
      where: { articleId, kind: { not: "WORKFLOW" } },
      orderBy: newest,
      take: TIMELINE_LIMIT,
      select: { id: true, createdAt: true, kind: true, version: true, reason: true, author: name },
    }),
    db.correction.findMany({
      where: { articleId },
      orderBy: newest,
      take: TIMELINE_LIMIT,
      select: { id: true, createdAt: true, text: true, correctedAt: true, author: name },
    }),
  ]);
  const entries: TimelineEntry[] = [
    ...events.map(({ actor: who, createdAt, ...event }) => ({
      ...event,
      type: "event" as const,
      at: createdAt,
      actorName: who?.name ?? null,
      step: stepOfStatuses(event.fromStatus, event.toStatus),
    })),
    ...revisions.map(({ author, createdAt, ...revision }) => ({
      ...revision,
      type: "revision" as const,
      at: createdAt,
      actorName: author?.name ?? null,
    })),
    ...corrections.map(({ author, createdAt, ...correction }) => ({
      ...correction,
      type: "correction" as const,
      at: createdAt,
      actorName: author?.name ?? null,
    })),
  ];
  entries.sort(
    (a, b) =>
      a.at.getTime() - b.at.getTime() ||
      ORDER[a.type] - ORDER[b.type] ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  return {
    headline: article.headline,
    entries: entries.slice(-TIMELINE_LIMIT),
    isTruncated:
      entries.length > TIMELINE_LIMIT ||
      [events, revisions, corrections].some((rows) => rows.length === TIMELINE_LIMIT),
  };
}
