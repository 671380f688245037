import "server-only";
import type { NotificationKind, Prisma } from "@/lib/generated/prisma/client";

type Tx = Prisma.TransactionClient;

/**
 * Who hears about an article: its author and the people in its bylines ("owners"), the
 * desk (every active editor and admin), or only the `people` named (e.g. those who may
 * pass the review stage it reached). `people` are added to any audience. The person who
 * acted is never told about their own action.
 */
export type Audience = "owners" | "desk" | "owners-and-desk" | "people";

/**
 * Records notifications inside the caller's transaction, so a refused or rolled-back
 * action never leaves a notice about something that did not happen. Each names who
 * acted (`actorId`; null when Galley itself did, e.g. the scheduler).
 */
export async function notify(
  tx: Tx,
  input: {
    kind: NotificationKind;
    articleId: string;
    audience: Audience;
    actorId: string | null;
    message?: string | null;
    people?: readonly string[];
  },
): Promise<number> {
  const userIds = new Set<string>(input.people ?? []);
  if (input.audience === "owners" || input.audience === "owners-and-desk") {
    const article = await tx.article.findUnique({
      where: { id: input.articleId },
      select: {
        createdById: true,
        bylines: { select: { contributor: { select: { userId: true } } } },
      },
    });
    if (article) {
      userIds.add(article.createdById);
      for (const byline of article.bylines)
        if (byline.contributor.userId) userIds.add(byline.contributor.userId);
    }
  }
  if (input.audience === "desk" || input.audience === "owners-and-desk") {
    const desk = await tx.user.findMany({
      where: { isActive: true, role: { in: ["EDITOR", "ADMIN"] } },
      select: { id: true },
    });
    for (const user of desk) userIds.add(user.id);
  }
  if (input.actorId) userIds.delete(input.actorId);
  if (userIds.size === 0) return 0;
  const active = await tx.user.findMany({
    where: { id: { in: [...userIds] }, isActive: true },
    select: { id: true },
  });
  const created = await tx.notification.createMany({
    data: active.map((user) => ({
      userId: user.id,
      kind: input.kind,
      articleId: input.articleId,
      actorId: input.actorId,
      message: input.message?.slice(0, 500) ?? null,
    })),
  });
  return created.count;
}
