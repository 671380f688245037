import type { PrismaClient } from "../../lib/db-client";
import { can } from "../../lib/workflow/permissions";
import type { Check } from "./action-checks";

/**
 * The live front's number, publishing an empty first front when there is none, so
 * "Restore" has one to copy and an allowed publish is not refused as stale.
 */
export async function makeFixtureFront(db: PrismaClient): Promise<number> {
  const latest = await db.frontPage.findFirst({ orderBy: { number: "desc" } });
  if (latest) return latest.number;
  const first = await db.frontPage.create({
    data: { number: 1, slots: { lead: null, top: [], sections: {} } },
  });
  return first.number;
}

/** /newsroom/front: every action needs `front.manage` (editors and admins). */
export function frontChecks(): Check[] {
  const allowed: Check["allowed"] = (a) => can(a, "front.manage");
  const fronts = (db: PrismaClient) => db.frontPage.count();
  return [
    {
      action: "findFrontStoriesAction",
      args: () => [{ q: "德州" }],
      allowed,
    },
    {
      action: "publishFrontAction",
      args: (f) => [
        { baseNumber: f.frontNumber, slots: { lead: f.published.id, top: [], sections: {} } },
      ],
      allowed,
      effect: fronts,
    },
    {
      action: "restoreFrontAction",
      args: (f) => [{ number: f.frontNumber, baseNumber: f.frontNumber }],
      allowed,
      effect: fronts,
    },
  ];
}

/**
 * The front for the hostile-actions case, refused for everyone: no words, a story that
 * does not exist (or a stale base), a front never published.
 */
export function frontHostileCalls(uuid: () => string): Record<string, () => unknown[]> {
  return {
    findFrontStoriesAction: () => [{ q: "" }],
    publishFrontAction: () => [{ baseNumber: 0, slots: { lead: uuid(), top: [], sections: {} } }],
    restoreFrontAction: () => [{ number: 999_999, baseNumber: 0 }],
  };
}
