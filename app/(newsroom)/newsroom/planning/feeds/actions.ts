"use server";

import { ZCalendarFeedTarget } from "@/lib/schemas/plan-events";
import { inputAction } from "@/lib/server/actions/define-action";
import { createFeed } from "@/lib/server/planning/feeds/create-feed";
import { regenerateFeed } from "@/lib/server/planning/feeds/regenerate-feed";

const revalidate = () => ["/newsroom/planning/feeds"];

export const createCalendarFeedAction = inputAction({
  input: ZCalendarFeedTarget,
  run: (input, { actor, ip }) => createFeed(actor, input, ip),
  revalidate,
});

export const regenerateCalendarFeedAction = inputAction({
  input: ZCalendarFeedTarget,
  run: (input, { actor, ip }) => regenerateFeed(actor, input, ip),
  revalidate,
});
