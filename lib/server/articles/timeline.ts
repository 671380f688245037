import "server-only";
import { db } from "@/lib/db";
import type {
  ArticleStatus,
  RevisionKind,
  SignOffOutcome,
  SuggestionStatus,
} from "@/lib/generated/prisma/client";
import type { ReviewStage } from "@/lib/workflow/review-chain";
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
  | (Base & { type: "correction"; text: string; correctedAt: Date })
  | (Base & {
      type: "signoff";
      stage: Pick<ReviewStage, "name" | "kind">;
      outcome: SignOffOutcome;
      note: string | null;
      /** A proofreading round: the revisions before and after it, for History's diff. */
      diff: { from: string; to: string } | null;
      /** A proofreading round: the suggestions made in it and what became of them. */
      suggestions: RoundSuggestion[];
    });

export type RoundSuggestion = {
  inserted: string;
  deleted: string;
  status: SuggestionStatus;
  authorName: string | null;
};

const ORDER: Record<TimelineEntry["type"], number> = {
  event: 0,
  signoff: 1,
  correction: 2,
  revision: 3,
};

/** Moves whose whole story is their sign-off (which stage, passed or sent back): shown once, as it. */
const TOLD_BY_SIGNOFF = new Set(["pass", "send-back"]);

/**
 * "Timeline": workflow events, revisions and corrections of one article in one list,
 * oldest first (the newest TIMELINE_LIMIT). NOT_FOUND for someone who may not view it.
 * A workflow step writes both an event and a WORKFLOW revision (the copy it moved, for
 * History); the timeline shows the step once, as its event. Review stages add their
 * sign-offs (who passed, sent back or skipped which stage, and a proofreading round's diff).
 */
export async function getTimeline(
  actor: Actor,
  articleId: string,
): Promise<{ headline: string; entries: TimelineEntry[]; isTruncated: boolean }> {
  const { article } = await loadViewableArticle(actor, articleId, { headline: true });

  const newest = [{ createdAt: "desc" as const }, { id: "desc" as const }];
  const name = { select: { name: true } };
  const [events, revisions, corrections, signOffs] = await Promise.all([
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
        transition: true,
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
    db.stageSignOff.findMany({
      where: { articleId },
      orderBy: newest,
      take: TIMELINE_LIMIT,
      select: {
        id: true,
        createdAt: true,
        stage: true,
        outcome: true,
        note: true,
        fromRevisionId: true,
        toRevisionId: true,
        actor: name,
        suggestions: {
          orderBy: { createdAt: "asc" },
          select: { inserted: true, deleted: true, status: true, authorId: true },
        },
      },
    }),
  ]);
  // Suggestions name their author by id only (the marks' word): look the names up once.
  const authorIds = [
    ...new Set(signOffs.flatMap((row) => row.suggestions.flatMap((s) => s.authorId ?? []))),
  ];
  const authors = new Map(
    (
      await db.user.findMany({
        where: { id: { in: authorIds } },
        select: { id: true, name: true },
      })
    ).map((user) => [user.id, user.name]),
  );
  const entries: TimelineEntry[] = [
    ...events
      .filter((event) => !TOLD_BY_SIGNOFF.has(event.transition ?? ""))
      .map(({ actor: who, createdAt, transition, ...event }) => ({
        ...event,
        type: "event" as const,
        at: createdAt,
        actorName: who?.name ?? null,
        step: stepOfStatuses(event.fromStatus, event.toStatus, transition),
      })),
    ...signOffs.map(
      ({ actor: who, createdAt, fromRevisionId, toRevisionId, suggestions, ...signOff }) => ({
        ...signOff,
        suggestions: suggestions.map(({ authorId, ...suggestion }) => ({
          ...suggestion,
          authorName: (authorId && authors.get(authorId)) || null,
        })),
        type: "signoff" as const,
        stage: signOff.stage as Pick<ReviewStage, "name" | "kind">,
        at: createdAt,
        actorName: who?.name ?? null,
        diff: fromRevisionId && toRevisionId ? { from: fromRevisionId, to: toRevisionId } : null,
      }),
    ),
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
      [events, revisions, corrections, signOffs].some((rows) => rows.length === TIMELINE_LIMIT),
  };
}
