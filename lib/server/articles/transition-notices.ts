import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { TRANSITION_NOTICE } from "@/lib/workflow/activity";
import type { Transition } from "@/lib/workflow/article-workflow";
import type { ReviewPosition } from "@/lib/workflow/review-chain";
import { notify } from "../notifications/notify";
import { stagePasserIds } from "./review-stages";

type Tx = Prisma.TransactionClient;

/**
 * Who hears about a workflow step: a story reaching a stage goes to those who may pass
 * it; sent back a stage, to the person who passed that stage (else anyone who may); sent
 * back to the reporter, approved or published, to the story's own people; published past
 * its stages, to its people and its desk heads.
 */
export async function notifyTransition(
  tx: Tx,
  input: {
    articleId: string;
    transition: Transition;
    actorId: string | null;
    note: string | null;
    /** Where the story stood before the move (null outside review). */
    before: ReviewPosition | null;
    /** Where it stands after (null when it left review). */
    after: ReviewPosition | null;
  },
): Promise<void> {
  const kind = TRANSITION_NOTICE[input.transition.name];
  if (!kind) return;
  const base = { kind, articleId: input.articleId, actorId: input.actorId, message: input.note };
  const { after } = input;
  const reached = after?.chain[after.index];
  if ((kind === "SUBMITTED" || kind === "STAGE_REACHED") && reached && after) {
    const people = await stagePasserIds(tx, reached, after.deskHeadIds);
    await notify(tx, { ...base, audience: "people", people });
    return;
  }
  if (kind === "SENT_BACK" && after) {
    const passedBy = await tx.stageSignOff.findFirst({
      where: { articleId: input.articleId, stageIndex: after.index, outcome: "PASSED" },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: { actorId: true },
    });
    const people = passedBy?.actorId
      ? [passedBy.actorId]
      : reached
        ? await stagePasserIds(tx, reached, after.deskHeadIds)
        : [];
    await notify(tx, { ...base, audience: "people", people });
    return;
  }
  if (kind === "PUBLISHED_NOW") {
    const heads = await tx.article.findUniqueOrThrow({
      where: { id: input.articleId },
      select: { section: { select: { heads: { select: { userId: true } } } } },
    });
    const people = heads.section?.heads.map((head) => head.userId) ?? [];
    await notify(tx, { ...base, audience: "owners", people });
    return;
  }
  await notify(tx, { ...base, audience: "owners" });
}
