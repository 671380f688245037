import "server-only";
import type { AuditOutcome, Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { log } from "@/lib/log";

export type AuditEntry = {
  actorId: string | null;
  action: string;
  outcome: AuditOutcome;
  resourceType?: string;
  resourceId?: string;
  ip?: string | null;
  details?: Prisma.InputJsonValue;
};

/**
 * Appends to the audit log. Never throws: a failure to record must not turn a refusal
 * into a 500, so it is reported on stderr instead.
 */
export async function recordAudit(entry: AuditEntry): Promise<void> {
  try {
    await db.auditLog.create({
      data: {
        actorId: entry.actorId,
        action: entry.action,
        outcome: entry.outcome,
        resourceType: entry.resourceType ?? null,
        resourceId: entry.resourceId ?? null,
        ip: entry.ip ?? null,
        ...(entry.details !== undefined ? { details: entry.details } : {}),
      },
    });
  } catch (error) {
    log.error({ err: error, action: entry.action }, "could not write the audit log");
  }
}
