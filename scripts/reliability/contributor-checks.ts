import crypto from "node:crypto";
import type { PrismaClient } from "../../lib/db-client";
import { can } from "../../lib/workflow/permissions";
import type { Check } from "./action-checks";

/** A fresh contributor with no bylines, and another to merge it into. */
export async function makeFixtureContributor(
  db: PrismaClient,
): Promise<{ id: string; targetSlug: string }> {
  const make = () => {
    const id = crypto.randomUUID();
    return db.contributor.create({
      data: { slug: `rel-${id}`, name: `測試撰稿人${id}` },
      select: { id: true, slug: true },
    });
  };
  const [contributor, target] = [await make(), await make()];
  return { id: contributor.id, targetSlug: target.slug };
}

const fresh = () => crypto.randomUUID().slice(0, 8);

/** /newsroom/contributors: every action needs `contributor.manage` (editors and admins). */
export function contributorChecks(): Check[] {
  const allowed: Check["allowed"] = (a) => can(a, "contributor.manage");
  return [
    {
      action: "createContributorProfileAction",
      args: () => {
        const id = fresh();
        return [{ name: `新撰稿人${id}`, slug: `new-${id}`, kind: "PERSON" }];
      },
      allowed,
      effect: (client) => client.contributor.count(),
    },
    {
      action: "updateContributorAction",
      args: (f) => {
        const id = fresh();
        return [
          {
            contributorId: f.contributor.id,
            name: `改名${id}`,
            kind: "PERSON",
            jobTitle: "記者",
            links: "https://example.com/me",
          },
        ];
      },
      allowed,
      effect: (client, f) =>
        client.contributor.findUnique({
          where: { id: f.contributor.id },
          select: { name: true, slug: true, jobTitle: true },
        }),
    },
    {
      action: "mergeContributorAction",
      args: (f) => [{ contributorId: f.contributor.id, targetSlug: f.contributor.targetSlug }],
      allowed,
      effect: (client, f) => client.contributor.count({ where: { id: f.contributor.id } }),
    },
    {
      action: "deleteContributorAction",
      args: (f) => [{ contributorId: f.contributor.id }],
      allowed,
      effect: (client, f) => client.contributor.count({ where: { id: f.contributor.id } }),
    },
  ];
}

/**
 * Hostile calls, refused for everyone: a contributor that does not exist, or a new one
 * wrong twice over (no name and a script link), so that no single mutation the fuzzer
 * makes (dropping or replacing one field) turns it into a valid profile.
 */
export function contributorHostileCalls(uuid: () => string): Record<string, () => unknown[]> {
  return {
    createContributorProfileAction: () => [
      { name: "", kind: "PERSON", links: "javascript:alert(1)" },
    ],
    updateContributorAction: () => [{ contributorId: uuid(), name: "改名", kind: "PERSON" }],
    mergeContributorAction: () => [{ contributorId: uuid(), targetSlug: "nobody" }],
    deleteContributorAction: () => [{ contributorId: uuid() }],
  };
}
