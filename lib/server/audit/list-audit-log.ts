import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/workflow/permissions";
import { authorize } from "../auth/authorize";

export type AuditRow = {
  id: string;
  createdAt: Date;
  actorName: string | null;
  action: string;
  outcome: "ALLOWED" | "DENIED" | "FAILED";
  resource: string | null;
  ip: string | null;
};

export type AuditCursor = { createdAt: Date; id: string };

/** The audit log, newest first, keyset-paged on (createdAt, id). Editors and admins only. */
export async function listAuditLog(
  actor: Actor,
  options: { after?: AuditCursor; limit?: number } = {},
) {
  await authorize(actor, "audit.read", { resourceType: "audit" });
  const limit = Math.min(options.limit ?? 100, 200);
  const after = options.after;
  const rows = await db.auditLog.findMany({
    where: after
      ? {
          OR: [
            { createdAt: { lt: after.createdAt } },
            { createdAt: after.createdAt, id: { lt: after.id } },
          ],
        }
      : {},
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit + 1,
    include: { actor: { select: { name: true } } },
  });
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: page.map((row): AuditRow => ({
      id: row.id,
      createdAt: row.createdAt,
      actorName: row.actor?.name ?? null,
      action: row.action,
      outcome: row.outcome,
      resource: row.resourceType
        ? `${row.resourceType}${row.resourceId ? ` ${row.resourceId}` : ""}`
        : null,
      ip: row.ip,
    })),
    next: rows.length > limit && last ? { createdAt: last.createdAt, id: last.id } : null,
  };
}
