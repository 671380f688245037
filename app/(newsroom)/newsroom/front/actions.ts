"use server";

import { ZFindFrontStories, ZPublishFront, ZRestoreFront } from "@/lib/schemas/front";
import { inputAction } from "@/lib/server/actions/define-action";
import { findFrontStories } from "@/lib/server/front/find-front-stories";
import { publishFront } from "@/lib/server/front/publish-front";
import { restoreFront } from "@/lib/server/front/restore-front";

// The home page and the page cache are dropped by the use-cases' `home` tag (every
// instance); this page re-renders for its history.
const revalidate = () => ["/newsroom/front", "/"];
// A stale refusal names who published, when, what changed and the number now live; a
// story that cannot be placed is named by its headline.
const details = ["reason", "by", "at", "latest", "lead", "top", "sections", "headline"] as const;

export const findFrontStoriesAction = inputAction({
  input: ZFindFrontStories,
  run: (input, { actor, ip }) => findFrontStories(actor, input, ip),
});

export const publishFrontAction = inputAction({
  input: ZPublishFront,
  details,
  run: (input, { actor, ip }) => publishFront(actor, input, ip),
  revalidate,
});

export const restoreFrontAction = inputAction({
  input: ZRestoreFront,
  details,
  run: (input, { actor, ip }) => restoreFront(actor, input, ip),
  revalidate,
});
