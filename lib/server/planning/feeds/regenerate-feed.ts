import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { TCalendarFeedTarget } from "@/lib/schemas/plan-events";
import type { Actor } from "@/lib/workflow/permissions";
import { authorizeFeed, feedChanged, feedOwner, newFeedToken } from "./feed-access";

/**
 * A new secret address for a feed: the old one answers 404 from the moment this commits
 * (the token is the key the feed is looked up by). Refusals as `authorizeFeed`, and
 * NOT_FOUND when there is no feed yet.
 */
export async function regenerateFeed(
  actor: Actor,
  target: TCalendarFeedTarget,
  ip: string | null = null,
): Promise<{ token: string }> {
  await authorizeFeed(actor, target, ip);
  const feed = await db.calendarFeed
    .update({
      where: feedOwner(actor, target),
      data: { token: newFeedToken() },
      select: { token: true },
    })
    .catch((error: { code?: string }) => {
      if (error.code === "P2025")
        throw new AppError("NOT_FOUND", "There is no feed to regenerate yet.");
      throw error;
    });
  await feedChanged(actor, target, "regenerate", ip);
  return feed;
}
