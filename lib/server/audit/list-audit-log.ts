import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TAuditFilter } from "@/lib/schemas/audit-filter";
import { newsroomTimeZone, wallTimeToInstant } from "@/lib/time-zone";
import { activityOfAudit, auditFilterOf, type ActivityKind } from "@/lib/workflow/activity";
import type { Actor } from "@/lib/workflow/permissions";
import { authorize } from "../auth/authorize";
import { auditSubjects, type AuditSubject } from "./audit-subjects";

export type AuditRow = {
  id: string;
  createdAt: Date;
  actorName: string | null;
  /** The step, for a label in the UI language; null for an action Galley has no name for. */
  what: ActivityKind | null;
  /** The stored action, shown only when `what` is null. */
  action: string;
  outcome: "ALLOWED" | "DENIED" | "FAILED";
  subject: AuditSubject | null;
  /** A move out of a review stage: that stage's name in each script, as it was then. */
  stageName: { hant: string; hans: string; en: string } | null;
  ip: string | null;
};

export type AuditCursor = { createdAt: Date; id: string };

/** Articles a headline fragment may name in the filter; more are not looked through. */
const ARTICLE_MATCHES = 200;

/**
 * The audit log, newest first, keyset-paged on (createdAt, id), filtered by who, what,
 * when (dates in the newsroom's zone, both ends inclusive) and article (an id, or part
 * of a headline). Each row names its step and its subject (headline, person, image)
 * instead of codes and ids. Editors and admins only.
 */
export async function listAuditLog(
  actor: Actor,
  options: { filter?: TAuditFilter; limit?: number } = {},
) {
  await authorize(actor, "audit.read", { resourceType: "audit" });
  const limit = Math.min(options.limit ?? 100, 200);
  const filter = options.filter ?? {};
  const where = await whereOf(filter);
  if (!where) return { items: [], next: null };
  const rows = await db.auditLog.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit + 1,
    include: { actor: { select: { name: true } } },
  });
  const page = rows.slice(0, limit);
  const subjects = await auditSubjects(page);
  const last = page.at(-1);
  return {
    items: page.map((row): AuditRow => ({
      id: row.id,
      createdAt: row.createdAt,
      actorName: row.actor?.name ?? null,
      what: activityOfAudit(row.action, row.details),
      action: row.action,
      outcome: row.outcome,
      subject: subjects.get(`${row.resourceType}:${row.resourceId}`) ?? null,
      stageName: stageNameOf(row.details),
      ip: row.ip,
    })),
    next: rows.length > limit && last ? { createdAt: last.createdAt, id: last.id } : null,
  };
}

/** The people the "Who" filter offers, by name. Editors and admins only. */
export async function listAuditPeople(actor: Actor) {
  await authorize(actor, "audit.read", { resourceType: "audit" });
  return db.user.findMany({
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: 500,
    select: { id: true, name: true },
  });
}

/** The query for a filter; null when it can match nothing (no article has that headline). */
async function whereOf(filter: TAuditFilter): Promise<Prisma.AuditLogWhereInput | null> {
  const and: Prisma.AuditLogWhereInput[] = [];
  if (filter.who) and.push({ actorId: filter.who });
  if (filter.what) {
    const match = auditFilterOf(filter.what);
    and.push({
      OR: [
        { details: { path: ["step"], equals: filter.what } },
        ...(match
          ? [
              {
                action: match.action,
                ...(match.transition
                  ? { details: { path: ["transition"], equals: match.transition } }
                  : {}),
              },
            ]
          : []),
      ],
    });
  }
  const zone = newsroomTimeZone();
  const from = filter.from ? wallTimeToInstant(`${filter.from}T00:00`, zone) : null;
  const to = filter.to ? wallTimeToInstant(`${nextDay(filter.to)}T00:00`, zone) : null;
  if (from) and.push({ createdAt: { gte: from } });
  if (to) and.push({ createdAt: { lt: to } });
  if (filter.article) {
    const ids = /^[0-9a-f-]{36}$/i.test(filter.article)
      ? [filter.article]
      : (
          await db.article.findMany({
            where: { headline: { contains: filter.article, mode: "insensitive" } },
            orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
            take: ARTICLE_MATCHES,
            select: { id: true },
          })
        ).map((row) => row.id);
    if (ids.length === 0) return null;
    and.push({ resourceType: "article", resourceId: { in: ids } });
  }
  if (filter.before && filter.id) {
    const createdAt = new Date(filter.before);
    and.push({
      OR: [{ createdAt: { lt: createdAt } }, { createdAt, id: { lt: filter.id } }],
    });
  }
  return { AND: and };
}

/** "2026-02-28" → "2026-03-01": the exclusive end of an inclusive "to" date. */
function nextDay(date: string): string {
  const [y, m, d] = date.split("-").map(Number);
  return new Date(Date.UTC(y!, m! - 1, d! + 1)).toISOString().slice(0, 10);
}

function stageNameOf(details: unknown): AuditRow["stageName"] {
  const name = (details as { stageName?: Record<string, unknown> } | null)?.stageName;
  if (!name || typeof name.hant !== "string" || typeof name.en !== "string") return null;
  const hans = typeof name.hans === "string" ? name.hans : name.hant;
  return { hant: name.hant, hans, en: name.en };
}
