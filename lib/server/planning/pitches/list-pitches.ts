import "server-only";
import { db } from "@/lib/db";
import { can, type Actor } from "@/lib/workflow/permissions";
import { authorize } from "../../auth/authorize";

const select = {
  id: true,
  status: true,
  headline: true,
  summary: true,
  day: true,
  expectedLength: true,
  lengthUnit: true,
  needs: true,
  decisionNote: true,
  decidedAt: true,
  createdAt: true,
  section: { select: { name: true, nameEn: true, nameHans: true } },
  pitchedBy: { select: { name: true } },
  decidedBy: { select: { name: true } },
} as const;

/**
 * The pitches page: those waiting for a decision (oldest first: the meeting takes them in
 * order), and this person's own pitches of the last 30 days with what became of them.
 */
export async function listPitches(actor: Actor) {
  await authorize(actor, "plan.view", { resourceType: "plan-item" });
  const since = new Date(Date.now() - 30 * 86_400_000);
  const [waiting, mine] = await Promise.all([
    db.planItem.findMany({
      where: { status: "PITCHED" },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      take: 200,
      select,
    }),
    db.planItem.findMany({
      // Not the items an editor put on the budget directly: those were never pitches.
      where: {
        pitchedById: actor.id,
        createdAt: { gte: since },
        status: { not: "PITCHED" },
        NOT: { decidedById: actor.id },
      },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: 100,
      select,
    }),
  ]);
  const day = (row: { day: Date }) => row.day.toISOString().slice(0, 10);
  return {
    waiting: waiting.map((row) => ({ ...row, day: day(row) })),
    mine: mine.map((row) => ({ ...row, day: day(row) })),
    mayDecide: can(actor, "plan.manage"),
  };
}
export type PitchRow = Awaited<ReturnType<typeof listPitches>>["waiting"][number];
