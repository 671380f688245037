import crypto from "node:crypto";
import type { PrismaClient } from "../../lib/db-client";
import { can } from "../../lib/workflow/permissions";
import type { Check } from "./action-checks";

const fresh = () => crypto.randomUUID().slice(0, 8);

/** Two fresh, unused tags: one to rename, merge or delete, and one to merge it into. */
export async function makeFixtureTags(
  db: PrismaClient,
): Promise<{ tagId: string; mergeTargetId: string }> {
  const make = (name: string) =>
    db.tag.create({ data: { name: `${name}${fresh()}`, slug: `rel-${fresh()}-${fresh()}` } });
  const [tag, target] = [await make("測試標籤"), await make("合併目標")];
  return { tagId: tag.id, mergeTargetId: target.id };
}

/**
 * Tags: anyone who writes may search and create (the editor's type-ahead, `tag.create`);
 * rename, merge and delete need `taxonomy.manage` (editors and admins).
 */
export function tagChecks(): Check[] {
  const manage: Check["allowed"] = (a) => can(a, "taxonomy.manage");
  return [
    { action: "searchTagsAction", args: () => [{ q: "測試" }], allowed: () => true },
    {
      action: "createTagAction",
      args: () => [{ name: `新標籤${fresh()}` }],
      allowed: (a) => can(a, "tag.create"),
      effect: (db) => db.tag.count(),
    },
    {
      action: "renameTagAction",
      args: (f) => [{ tagId: f.tagId, name: `改名${fresh()}`, slug: "" }],
      allowed: manage,
      effect: (db, f) =>
        db.tag.findUnique({ where: { id: f.tagId }, select: { name: true, slug: true } }),
    },
    {
      action: "mergeTagsAction",
      args: (f) => [{ sourceId: f.tagId, targetId: f.mergeTargetId }],
      allowed: manage,
      effect: (db, f) => db.tag.count({ where: { id: f.tagId } }),
    },
    {
      action: "deleteTagAction",
      args: (f) => [{ tagId: f.tagId }],
      allowed: manage,
      effect: (db, f) => db.tag.count({ where: { id: f.tagId } }),
    },
  ];
}

/** Refused tag calls to fuzz: a search writes nothing; no name, unknown tags, a tag into itself. */
export function tagHostileCalls(uuid: () => string): Record<string, () => unknown[]> {
  const same = uuid();
  return {
    searchTagsAction: () => [{ q: "復工" }],
    createTagAction: () => [{ name: "" }],
    renameTagAction: () => [{ tagId: uuid(), name: "改名", slug: "" }],
    mergeTagsAction: () => [{ sourceId: same, targetId: same }],
    deleteTagAction: () => [{ tagId: uuid() }],
  };
}
