import "server-only";
import { db } from "@/lib/db";
import type { TCalendarFeedTarget } from "@/lib/schemas/plan-events";
import type { Actor } from "@/lib/workflow/permissions";
import { authorizeFeed, feedChanged, feedOwner, newFeedToken } from "./feed-access";

/**
 * The person's own calendar feed, or a desk's (refusals as `authorizeFeed`). A feed that
 * already exists is answered as it is, so a second press (or two tabs) makes no second
 * address.
 */
export async function createFeed(
  actor: Actor,
  target: TCalendarFeedTarget,
  ip: string | null = null,
): Promise<{ token: string }> {
  await authorizeFeed(actor, target, ip);
  const owner = feedOwner(actor, target);
  const existing = await db.calendarFeed.findUnique({ where: owner, select: { token: true } });
  if (existing) return existing;
  // Two presses at once: the unique key lets one insert; the other reads what it wrote.
  const feed = await db.calendarFeed
    .create({ data: { ...owner, token: newFeedToken() }, select: { token: true } })
    .catch(async (error: { code?: string }) => {
      if (error.code !== "P2002") throw error;
      return db.calendarFeed.findUniqueOrThrow({ where: owner, select: { token: true } });
    });
  await feedChanged(actor, target, "create", ip);
  return feed;
}
