import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { TLinkStory } from "@/lib/schemas/planning";
import type { Actor } from "@/lib/workflow/permissions";
import { authorize } from "../../auth/authorize";
import { lockedItem, planChanged, refusal } from "../plan-rules";

/**
 * "Link story": ties an existing story to a planned item (a story written before it was
 * planned, or started from "New story"); with no story, unlinks it (`plan.manage`).
 *
 * - CONFLICT `linkedElsewhere` when the story is already another item's (one item per
 *   story: the budget would count it twice), naming that item; `hasStory` when this item
 *   has a different story already (unlink it first).
 */
export async function linkStory(
  actor: Actor,
  input: TLinkStory,
  ip: string | null = null,
): Promise<{ id: string }> {
  await authorize(actor, "plan.manage", {
    resourceType: "plan-item",
    resourceId: input.itemId,
    ip,
  });
  await db.$transaction(async (tx) => {
    const item = await lockedItem(tx, input.itemId);
    if (input.articleId === null) {
      await tx.planItem.update({ where: { id: item.id }, data: { articleId: null } });
      return;
    }
    if (item.articleId === input.articleId) return;
    if (item.articleId)
      throw refusal("CONFLICT", "hasStory", "This item already has a story; unlink it first.");
    const article = await tx.article.findUnique({
      where: { id: input.articleId },
      select: { planItem: { select: { headline: true } } },
    });
    if (!article)
      throw new AppError("INVALID_INPUT", "Choose a story from the list.", { field: "articleId" });
    if (article.planItem)
      throw new AppError(
        "CONFLICT",
        `That story is already planned as “${article.planItem.headline}”.`,
        { reason: "linkedElsewhere", headline: article.planItem.headline, field: "articleId" },
      );
    await tx.planItem.update({ where: { id: item.id }, data: { articleId: input.articleId } });
  });
  await planChanged(actor, "plan.manage", input.itemId, input.articleId ? "link" : "unlink", ip, {
    articleId: input.articleId,
  });
  return { id: input.itemId };
}
