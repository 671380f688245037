import "server-only";
import { slugify, uniqueSlug } from "@/lib/content/slug";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/workflow/permissions";
import { contributorSlugTaken } from "./contributor-rules";
import { recordAudit } from "../audit/record-audit";
import { authorize } from "../auth/authorize";

/**
 * A contributor created inline while crediting a byline (a correspondent or an outlet
 * without an account). Anyone who writes articles may add one; editing or removing
 * contributors stays with "contributor.manage". An existing one with the same name and
 * kind is returned instead of a duplicate.
 */
export async function createContributor(
  actor: Actor,
  input: { name: string; kind: "PERSON" | "ORGANIZATION" },
) {
  await authorize(actor, "article.create", { resourceType: "contributor" });
  const name = input.name.trim();
  if (!name || name.length > 100)
    throw new AppError("INVALID_INPUT", "Give the contributor a name of at most 100 characters.");
  const existing = await db.contributor.findFirst({
    where: { name, kind: input.kind },
    select: { id: true, name: true, kind: true },
  });
  if (existing) return existing;
  const slug = await uniqueSlug(slugify(name), (candidate) =>
    // An old address of someone else's still answers for them (a 301): not free either.
    contributorSlugTaken(db, candidate),
  );
  const created = await db.contributor.create({
    data: { name, kind: input.kind, slug },
    select: { id: true, name: true, kind: true },
  });
  await recordAudit({
    actorId: actor.id,
    action: "contributor.create",
    outcome: "ALLOWED",
    resourceType: "contributor",
    resourceId: created.id,
  });
  return created;
}
