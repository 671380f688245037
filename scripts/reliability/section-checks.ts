import crypto from "node:crypto";
import type { PrismaClient } from "../../lib/db-client";
import { can } from "../../lib/workflow/permissions";
import type { Check } from "./action-checks";

/**
 * A fresh, empty section last in the order (with one before it, so "Move up" acts even on
 * a database with no other section), for the section actions to act on.
 */
export async function makeFixtureSection(db: PrismaClient): Promise<string> {
  const make = async () => {
    const id = crypto.randomUUID();
    const last = await db.section.aggregate({ _max: { position: true } });
    return db.section.create({
      data: {
        slug: `rel-${id}`,
        name: `測試${id}`,
        nameEn: `Test ${id}`,
        position: (last._max.position ?? -1) + 1,
      },
      select: { id: true },
    });
  };
  await make();
  return (await make()).id;
}

const fresh = () => crypto.randomUUID().slice(0, 8);

/** /newsroom/sections: every action needs `taxonomy.manage` (editors and admins). */
export function sectionChecks(): Check[] {
  const allowed: Check["allowed"] = (a) => can(a, "taxonomy.manage");
  return [
    {
      action: "createSectionAction",
      args: () => {
        const id = fresh();
        return [{ name: `新欄目${id}`, nameEn: `New ${id}`, slug: `new-${id}` }];
      },
      allowed,
      effect: (db) => db.section.count(),
    },
    {
      action: "updateSectionAction",
      args: (f) => {
        const id = fresh();
        return [{ sectionId: f.sectionId, name: `改名${id}`, nameEn: `Renamed ${id}` }];
      },
      allowed,
      effect: (db, f) =>
        db.section.findUnique({ where: { id: f.sectionId }, select: { name: true, slug: true } }),
    },
    {
      action: "moveSectionAction",
      args: (f) => [{ sectionId: f.sectionId, direction: "up" }],
      allowed,
      effect: (db, f) =>
        db.section.findUnique({ where: { id: f.sectionId }, select: { position: true } }),
    },
    {
      action: "archiveSectionAction",
      args: (f) => [{ sectionId: f.sectionId, archived: true }],
      allowed,
      effect: (db, f) =>
        db.section.findUnique({ where: { id: f.sectionId }, select: { archivedAt: true } }),
    },
    {
      action: "deleteSectionAction",
      args: (f) => [{ sectionId: f.sectionId }],
      allowed,
      effect: (db, f) => db.section.count({ where: { id: f.sectionId } }),
    },
    {
      // A section's pre-publish checks: admins only (review.manage); the fixture section is
      // fresh, so its reviewChainVersion is still 1.
      action: "updatePublishChecksAction",
      args: (f) => [{ sectionId: f.sectionId, version: 1, checks: ["dek"], headlineLimit: 24 }],
      allowed: (a) => can(a, "review.manage"),
      effect: (db, f) =>
        db.section.findUnique({
          where: { id: f.sectionId },
          select: { publishChecks: true, reviewChainVersion: true },
        }),
    },
  ];
}

/** Refused section calls to fuzz: no name at all, or a section that does not exist. */
export function sectionHostileCalls(uuid: () => string): Record<string, () => unknown[]> {
  return {
    createSectionAction: () => [{ name: "", nameEn: "", slug: "x" }],
    updateSectionAction: () => [{ sectionId: uuid(), name: "改名", nameEn: "Renamed" }],
    moveSectionAction: () => [{ sectionId: uuid(), direction: "up" }],
    archiveSectionAction: () => [{ sectionId: uuid(), archived: true }],
    deleteSectionAction: () => [{ sectionId: uuid() }],
    updatePublishChecksAction: () => [
      { sectionId: uuid(), version: 1, checks: ["dek"], headlineLimit: 24 },
    ],
  };
}
