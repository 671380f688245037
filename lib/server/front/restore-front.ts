import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { frontStoryIds, type FrontCards, type TRestoreFront } from "@/lib/schemas/front";
import type { Actor } from "@/lib/workflow/permissions";
import { authorize } from "../auth/authorize";
import { frontPublished, lockFront, readSlots, refuseIfStale } from "./front-rules";
import { toFrontCards } from "./get-front-editor";

/**
 * "Restore" (`front.manage`): publishes a copy of an earlier front as the newest, so the
 * history keeps every step. Stories unpublished since are left out of the copy (readers
 * could not see them). Stale like a publish when someone published after `baseNumber`;
 * NOT_FOUND for a front that was never published. Answers the new front's arrangement.
 */
export async function restoreFront(
  actor: Actor,
  input: TRestoreFront,
  ip: string | null = null,
): Promise<{ number: number; cards: FrontCards }> {
  await authorize(actor, "front.manage", {
    resourceType: "front",
    resourceId: String(input.number),
    ip,
  });
  const { number, slots } = await db.$transaction(async (tx) => {
    await lockFront(tx);
    const current = await refuseIfStale(tx, input.baseNumber);
    const earlier = await tx.frontPage.findUnique({ where: { number: input.number } });
    if (!earlier) throw new AppError("NOT_FOUND", "There is no such front in the history.");
    const stored = readSlots(earlier.slots);
    const live = new Set(
      (
        await tx.article.findMany({
          where: {
            id: { in: frontStoryIds(stored) },
            status: "PUBLISHED",
            liveVersionId: { not: null },
          },
          select: { id: true },
        })
      ).map((row) => row.id),
    );
    const open = new Set(
      (
        await tx.section.findMany({
          where: { id: { in: Object.keys(stored.sections) }, archivedAt: null },
          select: { id: true },
        })
      ).map((row) => row.id),
    );
    const keep = (ids: string[]) => ids.filter((id) => live.has(id));
    const copy = {
      lead: stored.lead && live.has(stored.lead) ? stored.lead : null,
      top: keep(stored.top),
      // Sections archived or deleted since leave the copy, as unpublished stories do.
      sections: Object.fromEntries(
        Object.entries(stored.sections)
          .filter(([id]) => open.has(id))
          .map(([id, ids]) => [id, keep(ids)]),
      ),
    };
    const row = await tx.frontPage.create({
      data: {
        number: current + 1,
        slots: copy,
        publishedById: actor.id,
        restoredFrom: input.number,
      },
      select: { number: true },
    });
    return { number: row.number, slots: copy };
  });
  await frontPublished(actor, number, "restore", ip, { restoredFrom: input.number });
  return { number, cards: await toFrontCards(slots) };
}
