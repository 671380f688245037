import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Transition } from "@/lib/workflow/article-workflow";
import { closeRoundSuggestions } from "./suggestion-records";
import {
  DEFAULT_CHAIN,
  readChain,
  type ReviewChain,
  type ReviewPosition,
  type ReviewStage,
} from "@/lib/workflow/review-chain";

type Tx = Prisma.TransactionClient;

/** Where a submitted story starts: its section's chain (else the single desk review), first stage. */
export async function positionOnSubmission(tx: Tx, articleId: string): Promise<ReviewPosition> {
  const row = await tx.article.findUniqueOrThrow({
    where: { id: articleId },
    select: { section: { select: { reviewChain: true, heads: { select: { userId: true } } } } },
  });
  return {
    chain: readChain(row.section?.reviewChain) ?? DEFAULT_CHAIN,
    index: 0,
    deskHeadIds: row.section?.heads.map((head) => head.userId) ?? [],
  };
}

/** The active people who may pass a stage: by role, by name, or as the section's desk heads. */
export async function stagePasserIds(
  tx: Tx,
  stage: ReviewStage,
  deskHeadIds: readonly string[],
): Promise<string[]> {
  const people = await tx.user.findMany({
    where: {
      isActive: true,
      OR: [
        { role: { in: stage.roles } },
        { id: { in: [...stage.userIds, ...(stage.deskHeads ? deskHeadIds : [])] } },
      ],
    },
    select: { id: true },
  });
  return people.map((person) => person.id);
}

/** The stage as a sign-off keeps it: what it was called and what kind it was, not who could pass it. */
function stageRecord(stage: ReviewStage): Prisma.InputJsonValue {
  return { key: stage.key, name: stage.name, kind: stage.kind };
}

/**
 * The sign-off a move out of a stage leaves on the record: passed (with, for a
 * proofreading round, the revisions before and after it, whose diff is what the
 * proofreader changed), sent back, or, for "publish now", every stage not passed as skipped.
 */
export async function recordSignOffs(
  tx: Tx,
  input: {
    articleId: string;
    transition: Transition;
    review: ReviewPosition | null;
    /** For "publish now" from outside review: the chain it would have entered. */
    skippedChain: ReviewChain | null;
    actorId: string | null;
    note: string | null;
    /** The revision this move just cut (the copy as it leaves the stage). */
    revisionId: string;
    now: Date;
  },
): Promise<void> {
  const { transition, review } = input;
  const base = { articleId: input.articleId, actorId: input.actorId, note: input.note };
  if (transition.name === "publish-now") {
    const chain = review?.chain ?? input.skippedChain ?? [];
    const from = review?.index ?? 0;
    await tx.stageSignOff.createMany({
      data: chain.slice(from).map((stage, offset) => ({
        ...base,
        stageIndex: from + offset,
        stage: stageRecord(stage),
        outcome: "SKIPPED" as const,
        createdAt: input.now,
      })),
    });
    return;
  }
  if (!review || transition.from !== "SUBMITTED" || transition.name === "withdraw") return;
  const stage = review.chain[review.index];
  if (!stage) return;
  const passed = transition.name === "pass" || transition.name === "approve";
  const signOff = await tx.stageSignOff.create({
    data: {
      ...base,
      stageIndex: review.index,
      stage: stageRecord(stage),
      outcome: passed ? "PASSED" : "SENT_BACK",
      createdAt: input.now,
      ...(passed && stage.kind === "proof"
        ? {
            fromRevisionId: await revisionBefore(tx, input.articleId, input.revisionId),
            toRevisionId: input.revisionId,
          }
        : {}),
    },
    select: { id: true },
  });
  if (stage.kind === "proof")
    await closeRoundSuggestions(tx, input.articleId, review.index, signOff.id);
}

/** The workflow revision cut when the story entered the stage: the one before this move's. */
async function revisionBefore(tx: Tx, articleId: string, revisionId: string) {
  const current = await tx.revision.findUniqueOrThrow({
    where: { id: revisionId },
    select: { createdAt: true },
  });
  const entered = await tx.revision.findFirst({
    where: {
      articleId,
      kind: "WORKFLOW",
      id: { not: revisionId },
      createdAt: { lte: current.createdAt },
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { id: true },
  });
  return entered?.id ?? null;
}
