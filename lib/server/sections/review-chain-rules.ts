import "server-only";
import { db } from "@/lib/db";
import { refusalOf } from "@/lib/errors";
import type { ReviewChainRefusal } from "@/lib/schemas/review-chain";
import { instantToWallTime, newsroomTimeZone } from "@/lib/time-zone";
import { DEFAULT_CHAIN, type ReviewChain, type ReviewStage } from "@/lib/workflow/review-chain";

/** A chain refusal with its finer `reason` (and its field, and the facts its sentence names). */
export const chainRefusal = refusalOf<ReviewChainRefusal>();

/** Who may pass a stage, in an order that does not depend on how the form listed it. */
function canonical(stage: ReviewStage) {
  return { ...stage, roles: [...stage.roles].sort(), userIds: [...stage.userIds].sort() };
}

/** Whether `chain` is the default single review (then the section stores null). */
export function isDefaultChain(chain: ReviewChain): boolean {
  return JSON.stringify(chain.map(canonical)) === JSON.stringify(DEFAULT_CHAIN.map(canonical));
}

/**
 * Refuses (INVALID_INPUT, reason "personNotActive") a chain that names someone who is not
 * an active editor, proofreader or admin: a reporter or a deactivated account could never
 * pass the stage, so stories would wait in it for good. The sentence names the person
 * (when the id is one) and the stage.
 */
export async function checkNamedPeople(chain: ReviewChain): Promise<void> {
  const ids = [...new Set(chain.flatMap((stage) => stage.userIds))];
  if (ids.length === 0) return;
  const eligible = await db.user.findMany({
    where: { id: { in: ids }, isActive: true, role: { in: ["EDITOR", "PROOFREADER", "ADMIN"] } },
    select: { id: true },
  });
  const ok = new Set(eligible.map((user) => user.id));
  const index = chain.findIndex((stage) => stage.userIds.some((id) => !ok.has(id)));
  const stage = chain[index];
  if (!stage) return;
  const badId = stage.userIds.find((id) => !ok.has(id))!;
  const person = await db.user.findUnique({ where: { id: badId }, select: { name: true } });
  const who = person?.name ?? "Someone named there";
  throw chainRefusal(
    "INVALID_INPUT",
    "personNotActive",
    `${who} cannot pass “${stage.name.en}”: name only active editors, proofreaders and admins.`,
    `chain.${index}.userIds`,
    { person: person?.name ?? "", stage: stage.name.en },
  );
}

/**
 * Who saved the section's chain last, and when (newsroom time), from the audit log: the
 * facts a stale save's sentence names. "Someone" when the log has no entry (a chain
 * written by a seed or by hand).
 */
export async function lastChainSave(sectionId: string): Promise<{ by: string; at: string }> {
  const entry = await db.auditLog.findFirst({
    where: {
      action: "review.manage",
      outcome: "ALLOWED",
      resourceType: "section",
      resourceId: sectionId,
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { createdAt: true, actor: { select: { name: true } } },
  });
  if (!entry) return { by: "Someone", at: "" };
  const zone = newsroomTimeZone();
  const when = instantToWallTime(entry.createdAt, zone).replace("T", " ");
  const today = instantToWallTime(new Date(), zone).slice(0, 10);
  // Today's saves by the clock alone; older ones with their date.
  return { by: entry.actor?.name ?? "Someone", at: when.startsWith(today) ? when.slice(11) : when };
}
