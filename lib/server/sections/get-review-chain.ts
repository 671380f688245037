import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { NameablePerson, ReviewChainPage } from "@/lib/schemas/review-chain";
import type { Actor } from "@/lib/workflow/permissions";
import { DEFAULT_CHAIN, readChain } from "@/lib/workflow/review-chain";
import { authorize } from "../auth/authorize";

/** A newsroom's reviewers rarely pass a few dozen; the cap keeps the page small. */
const MAX_PEOPLE = 500;

/**
 * /newsroom/sections/<slug>/review: the section's chain (or the default single review),
 * the version a save must be based on, how many of its stories are in review (each keeps
 * the chain it was submitted under), its desk heads and the people a stage may name.
 * FORBIDDEN (audited) without `review.manage`; NOT_FOUND for an unknown slug.
 */
export async function getReviewChain(actor: Actor, slug: string): Promise<ReviewChainPage> {
  await authorize(actor, "review.manage", { resourceType: "section" });
  const section = await db.section.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      name: true,
      nameEn: true,
      reviewChain: true,
      reviewChainVersion: true,
      heads: {
        orderBy: { createdAt: "asc" },
        select: { user: { select: { id: true, name: true } } },
      },
    },
  });
  if (!section) throw new AppError("NOT_FOUND", "There is no such section.");
  const stored = readChain(section.reviewChain);
  const chain = stored ?? DEFAULT_CHAIN;
  const named = [...new Set(chain.flatMap((stage) => stage.userIds))];
  const [inReview, eligible, others] = await Promise.all([
    db.article.count({ where: { sectionId: section.id, status: "SUBMITTED" } }),
    db.user.findMany({
      where: { isActive: true, role: { in: ["EDITOR", "PROOFREADER", "ADMIN"] } },
      orderBy: [{ name: "asc" }, { id: "asc" }],
      take: MAX_PEOPLE,
      select: { id: true, name: true, role: true },
    }),
    // Named before and no longer eligible (deactivated, or now a reporter): shown as such.
    db.user.findMany({
      where: {
        id: { in: named },
        NOT: { isActive: true, role: { in: ["EDITOR", "PROOFREADER", "ADMIN"] } },
      },
      select: { id: true, name: true, role: true },
    }),
  ]);
  const people: NameablePerson[] = [
    ...eligible.map((person) => ({ ...person, isActive: true })),
    ...others.map((person) => ({ ...person, isActive: false })),
  ];
  return {
    section: { id: section.id, slug: section.slug, name: section.name, nameEn: section.nameEn },
    chain,
    isDefault: stored === null,
    version: section.reviewChainVersion,
    inReview,
    deskHeads: section.heads.map((head) => head.user),
    people,
  };
}
