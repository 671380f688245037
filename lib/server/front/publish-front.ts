import "server-only";
import { db } from "@/lib/db";
import type { TPublishFront } from "@/lib/schemas/front";
import type { Actor } from "@/lib/workflow/permissions";
import { authorize } from "../auth/authorize";
import { checkPlaceable, frontPublished, lockFront, refuseIfStale } from "./front-rules";

/**
 * "Publish front" (`front.manage`): the arrangement becomes the newest FrontPage and the
 * home page on every instance shows it at once. Refused as stale (CONFLICT, reason
 * "stale", with who, when and what changed) when someone published after `baseNumber`;
 * INVALID_INPUT (reason "notLive") for a story readers cannot see. Nothing is written then.
 */
export async function publishFront(
  actor: Actor,
  input: TPublishFront,
  ip: string | null = null,
): Promise<{ number: number }> {
  await authorize(actor, "front.manage", { resourceType: "front", ip });
  const number = await db.$transaction(async (tx) => {
    await lockFront(tx);
    const current = await refuseIfStale(tx, input.baseNumber);
    await checkPlaceable(tx, input.slots);
    const row = await tx.frontPage.create({
      data: { number: current + 1, slots: input.slots, publishedById: actor.id },
      select: { number: true },
    });
    return row.number;
  });
  await frontPublished(actor, number, "publish", ip);
  return { number };
}
