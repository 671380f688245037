import "server-only";
import { cacheTags } from "@/lib/cache-tags";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { EMPTY_FRONT, frontStoryIds, ZFrontSlots, type TFrontSlots } from "@/lib/schemas/front";
import { instantToWallTime, newsroomTimeZone } from "@/lib/time-zone";
import type { Actor } from "@/lib/workflow/permissions";
import { recordAudit } from "../audit/record-audit";
import { invalidateTags } from "../cache/reader-cache";

type Tx = Prisma.TransactionClient;

/** The advisory lock every front publish takes: the stale check and the insert are one step. */
const FRONT_LOCK = 4344;

export async function lockFront(tx: Tx): Promise<void> {
  await tx.$executeRaw`select pg_advisory_xact_lock(${FRONT_LOCK})`;
}

/** A stored arrangement, read defensively (an unreadable one counts as empty). */
export function readSlots(value: unknown): TFrontSlots {
  const parsed = ZFrontSlots.safeParse(value);
  return parsed.success ? parsed.data : EMPTY_FRONT;
}

export async function latestFront(tx: Tx = db) {
  return tx.frontPage.findFirst({
    orderBy: { number: "desc" },
    select: {
      number: true,
      slots: true,
      publishedAt: true,
      publishedBy: { select: { name: true } },
    },
  });
}

/**
 * Refuses (CONFLICT, reason "stale") when someone published the front after the editor
 * started from `baseNumber`: the details name who, when (newsroom time) and what changed
 * between the two (the new lead's headline, whether the top stories moved, which sections'
 * pins changed), so the editor can decide with their own arrangement still on screen.
 */
export async function refuseIfStale(tx: Tx, baseNumber: number): Promise<number> {
  const latest = await latestFront(tx);
  const current = latest?.number ?? 0;
  if (current === baseNumber) return current;
  if (!latest) throw new AppError("CONFLICT", "That front no longer exists; reload the page.");
  const base = await tx.frontPage.findUnique({ where: { number: baseNumber } });
  const before = readSlots(base?.slots ?? EMPTY_FRONT);
  const after = readSlots(latest.slots);
  const leadRow =
    after.lead && after.lead !== before.lead
      ? await tx.article.findUnique({
          where: { id: after.lead },
          select: { headline: true, liveVersion: { select: { headline: true } } },
        })
      : null;
  const changedSections = Object.keys({ ...before.sections, ...after.sections }).filter(
    (id) => (before.sections[id] ?? []).join() !== (after.sections[id] ?? []).join(),
  );
  const names = await tx.section.findMany({
    where: { id: { in: changedSections } },
    select: { name: true },
    orderBy: { position: "asc" },
  });
  const by = latest.publishedBy?.name ?? "Someone";
  const at = instantToWallTime(latest.publishedAt, newsroomTimeZone()).slice(11, 16);
  throw new AppError(
    "CONFLICT",
    `${by} published the front at ${at} while you were arranging; your arrangement was not published.`,
    {
      reason: "stale",
      by,
      at,
      latest: latest.number,
      lead: leadRow ? (leadRow.liveVersion?.headline ?? leadRow.headline) : "",
      top: before.top.join() === after.top.join() ? 0 : 1,
      sections: names.map((section) => section.name).join("、"),
    },
  );
}

/**
 * Refuses an arrangement that places a story readers cannot see (never published, or
 * unpublished since) or pins in a section that does not exist: one sentence naming it.
 */
export async function checkPlaceable(tx: Tx, slots: TFrontSlots): Promise<void> {
  const ids = frontStoryIds(slots);
  const live = await tx.article.findMany({
    where: { id: { in: ids }, status: "PUBLISHED", liveVersionId: { not: null } },
    select: { id: true },
  });
  const liveIds = new Set(live.map((row) => row.id));
  const missing = ids.find((id) => !liveIds.has(id));
  if (missing) {
    const row = await tx.article.findUnique({ where: { id: missing }, select: { headline: true } });
    throw new AppError(
      "INVALID_INPUT",
      `“${row?.headline ?? missing}” is not published; remove it from the front.`,
      { reason: "notLive", headline: row?.headline ?? "" },
    );
  }
  const sectionIds = Object.keys(slots.sections);
  const sections = await tx.section.count({ where: { id: { in: sectionIds } } });
  if (sections !== sectionIds.length)
    throw new AppError(
      "INVALID_INPUT",
      "One of those sections no longer exists; reload the page.",
      {
        reason: "noSection",
      },
    );
}

/**
 * After a committed publish or restore: the audit entry, and the home page dropped on every
 * instance (the cache channel tells the others), so readers see the new front at once.
 */
export async function frontPublished(
  actor: Actor,
  number: number,
  change: "publish" | "restore",
  ip: string | null,
  details: Record<string, string | number> = {},
): Promise<void> {
  await recordAudit({
    actorId: actor.id,
    action: "front.manage",
    outcome: "ALLOWED",
    resourceType: "front",
    resourceId: String(number),
    ip,
    details: { change, ...details },
  });
  invalidateTags([cacheTags.home]);
}
