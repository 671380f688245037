import "server-only";
import crypto from "node:crypto";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { TStartStory } from "@/lib/schemas/planning";
import { can, type Actor } from "@/lib/workflow/permissions";
import { LANGUAGE_TO_DB } from "../../articles/article-columns";
import { authorize } from "../../auth/authorize";
import { staffContributor } from "../../contributors/staff-contributor";
import { getPublication } from "../../settings/get-publication";
import { lockedItem, planChanged, refusal } from "../plan-rules";

/** Bylines print the reporter first, then the rest in the order they were assigned. */
const ROLE_ORDER = [
  "REPORTER",
  "WRITER",
  "PHOTOGRAPHER",
  "VIDEOGRAPHER",
  "ILLUSTRATOR",
  "EDITOR",
  "PRODUCER",
];

/**
 * "Start story": a draft with the item's working headline, section, one byline per person
 * on it (in their assignment's role) and, as "Due", the starter's own deadline (else the
 * earliest), linked to the item so the budget follows the story from then on. For an
 * assignee who accepted, or an editor (`plan.manage`); both need `article.create`.
 *
 * - CONFLICT `hasStory` when the item has a story already (two presses, two people): the
 *   first wins, nothing else is created. `spiked` for an item off the budget.
 * - FORBIDDEN (`notAssignee`) for anyone else, audited.
 */
export async function startStory(
  actor: Actor & { name: string },
  input: TStartStory,
  ip: string | null = null,
): Promise<{ articleId: string }> {
  await authorize(actor, "article.create", {
    resourceType: "plan-item",
    resourceId: input.itemId,
    ip,
  });
  const people = await db.assignment.findMany({
    where: { planItemId: input.itemId, status: { in: ["PENDING", "ACCEPTED"] } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      userId: true,
      role: true,
      status: true,
      deadline: true,
      user: { select: { name: true, isActive: true } },
    },
  });
  const mine = people.find((p) => p.userId === actor.id && p.status === "ACCEPTED");
  if (!mine && !can(actor, "plan.manage"))
    await authorize(actor, "plan.manage", {
      resourceType: "plan-item",
      resourceId: input.itemId,
      ip,
      message: "Only someone who accepted this assignment, or an editor, can start its story.",
    });
  // Contributor records first: made outside the transaction, once per person, ever.
  const credited = people
    .filter((p) => p.user.isActive)
    .sort((a, b) => ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role));
  const contributors = await Promise.all(
    credited.map((p) => staffContributor({ id: p.userId, role: "REPORTER", name: p.user.name })),
  );
  const seen = new Set<string>();
  const bylines = credited
    .map((p, i) => ({ contributorId: contributors[i]!.id, role: p.role }))
    .filter(
      (b) => !seen.has(`${b.contributorId}:${b.role}`) && seen.add(`${b.contributorId}:${b.role}`),
    )
    .map((b, position) => ({ ...b, position }));
  const due =
    mine?.deadline ??
    people.map((p) => p.deadline).sort((a, b) => a.getTime() - b.getTime())[0] ??
    null;
  const { defaultLanguage } = await getPublication();
  const articleId = await db.$transaction(async (tx) => {
    const item = await lockedItem(tx, input.itemId);
    if (item.status !== "PLANNED")
      throw refusal(
        "CONFLICT",
        "spiked",
        "Only an item on the budget can start a story; restore it first.",
      );
    if (item.articleId)
      throw new AppError("CONFLICT", "This item already has a story; open it from the item.", {
        reason: "hasStory",
        articleId: item.articleId,
      });
    const full = await tx.planItem.findUniqueOrThrow({
      where: { id: item.id },
      select: { lengthUnit: true },
    });
    const language =
      full.lengthUnit === "WORDS" ? "en" : defaultLanguage === "en" ? "zh-Hant" : defaultLanguage;
    const created = await tx.article.create({
      data: {
        headline: item.headline,
        slug: `draft-${crypto.randomBytes(5).toString("hex")}`,
        language: LANGUAGE_TO_DB[language],
        sectionId: item.sectionId,
        dueAt: due,
        body: { type: "doc", content: [{ type: "paragraph" }] },
        createdById: actor.id,
        bylines: { create: bylines },
      },
      select: { id: true },
    });
    await tx.workflowEvent.create({
      data: { articleId: created.id, fromStatus: null, toStatus: "DRAFT", actorId: actor.id },
    });
    await tx.planItem.update({ where: { id: item.id }, data: { articleId: created.id } });
    return created.id;
  });
  await planChanged(actor, "article.create", input.itemId, "start-story", ip, { articleId });
  return { articleId };
}
