import type { PrismaClient } from "../../lib/db-client";
import { can } from "../../lib/workflow/permissions";
import { COPY_DESK_SLOT } from "../../lib/workflow/review-chain";
import type { Check } from "./action-checks";

/**
 * /newsroom/sections/<slug>/review: saving a chain needs `review.manage` (admins alone).
 * The fixture's section is fresh, so its chain is at version 1 and an allowed save is
 * not refused as stale.
 */
export function reviewChainChecks(): Check[] {
  return [
    {
      action: "updateReviewChainAction",
      args: (f) => [{ sectionId: f.sectionId, version: 1, chain: COPY_DESK_SLOT }],
      allowed: (a) => can(a, "review.manage"),
      effect: (db: PrismaClient, f) =>
        db.section.findUnique({
          where: { id: f.sectionId },
          select: { reviewChain: true, reviewChainVersion: true },
        }),
    },
  ];
}

/** A refused chain save to fuzz: a section that does not exist. */
export function reviewChainHostileCalls(uuid: () => string): Record<string, () => unknown[]> {
  return {
    updateReviewChainAction: () => [{ sectionId: uuid(), version: 1, chain: COPY_DESK_SLOT }],
  };
}
