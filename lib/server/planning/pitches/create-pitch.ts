import "server-only";
import { db } from "@/lib/db";
import type { TCreatePitch } from "@/lib/schemas/planning";
import type { Actor } from "@/lib/workflow/permissions";
import { authorize } from "../../auth/authorize";
import { checkSection, notifyPlan, planChanged, planItemData } from "../plan-rules";

/**
 * "New pitch" (`plan.pitch`: anyone in the newsroom). The pitch waits for an editor; the
 * heads of its section hear of it (a section without heads: the editors see it on the
 * pitches page, not in their notifications, which every pitch would flood).
 */
export async function createPitch(
  actor: Actor,
  input: TCreatePitch,
  ip: string | null = null,
): Promise<{ id: string }> {
  await authorize(actor, "plan.pitch", { resourceType: "plan-item", ip });
  const item = await db.$transaction(async (tx) => {
    await checkSection(tx, input.sectionId);
    const created = await tx.planItem.create({
      data: {
        status: "PITCHED",
        ...planItemData(input),
        pitchedById: actor.id,
      },
      select: { id: true },
    });
    const heads = input.sectionId
      ? await tx.sectionHead.findMany({
          where: { sectionId: input.sectionId },
          select: { userId: true },
        })
      : [];
    await notifyPlan(tx, {
      kind: "PITCHED",
      planItemId: created.id,
      actorId: actor.id,
      people: heads.map((head) => head.userId),
    });
    return created;
  });
  await planChanged(actor, "plan.pitch", item.id, "pitch", ip);
  return item;
}
