import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Doc } from "@/lib/content/doc";
import { listSuggestions } from "@/lib/content/suggestions";
import { readChain } from "@/lib/workflow/review-chain";

type Tx = Prisma.TransactionClient;

/**
 * Keeps the record of suggestions in step with a body just written: a new one is recorded
 * with the stage the story sits in (so a proofreading round can list its own), an open
 * one follows its text, and an open one gone from the body without a decision is
 * withdrawn. Decisions are recorded by decideSuggestions before the body changes.
 */
export async function recordSuggestions(tx: Tx, articleId: string, body: Doc, now: Date) {
  const present = listSuggestions(body);
  const open = await tx.suggestion.findMany({
    where: { articleId, status: "OPEN" },
    select: { id: true, inserted: true, deleted: true },
  });
  const known = new Map(open.map((row) => [row.id, row]));
  const gone = open.filter((row) => !present.some((entry) => entry.id === row.id));
  if (gone.length > 0)
    await tx.suggestion.updateMany({
      where: { articleId, id: { in: gone.map((row) => row.id) }, status: "OPEN" },
      data: { status: "WITHDRAWN", decidedAt: now },
    });
  const fresh = present.filter((entry) => !known.has(entry.id));
  if (fresh.length > 0) {
    const article = await tx.article.findUniqueOrThrow({
      where: { id: articleId },
      select: { status: true, reviewChain: true, reviewStage: true },
    });
    const index = article.status === "SUBMITTED" ? article.reviewStage : null;
    const stage = index === null ? undefined : readChain(article.reviewChain)?.[index];
    await tx.suggestion.createMany({
      data: fresh.map((entry) => ({
        articleId,
        id: entry.id,
        authorId: entry.authorId,
        createdAt: entry.at ?? now,
        inserted: entry.inserted,
        deleted: entry.deleted,
        stageIndex: stage ? index : null,
        stage: stage ? { key: stage.key, name: stage.name, kind: stage.kind } : undefined,
      })),
      // Decided (or withdrawn) rows keep their fate if the same marks come back (an undo).
      skipDuplicates: true,
    });
  }
  // An undone withdrawal brings the marks back, and with them the suggestion.
  await tx.suggestion.updateMany({
    where: { articleId, id: { in: present.map((entry) => entry.id) }, status: "WITHDRAWN" },
    data: { status: "OPEN", decidedAt: null },
  });
  for (const entry of present) {
    const row = known.get(entry.id);
    if (row && (row.inserted !== entry.inserted || row.deleted !== entry.deleted))
      await tx.suggestion.update({
        where: { articleId_id: { articleId, id: entry.id } },
        data: { inserted: entry.inserted, deleted: entry.deleted },
      });
  }
}

/** A proofreading round closes: the suggestions made in it join its sign-off's record. */
export async function closeRoundSuggestions(
  tx: Tx,
  articleId: string,
  stageIndex: number,
  signOffId: string,
) {
  await tx.suggestion.updateMany({
    where: { articleId, stageIndex, signOffId: null },
    data: { signOffId },
  });
}
