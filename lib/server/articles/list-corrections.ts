import "server-only";
import { db } from "@/lib/db";
import type { PrismaClient } from "@/lib/db-client";
import type { ArticleCorrection } from "./published-article";

/**
 * An article's corrections, oldest first, as readers see them. No permission check: the
 * callers (the reader page, previews) have already decided the article may be shown. The
 * reader page reads them `from` lib/reader-db; the newsroom, from the primary.
 */
export async function listCorrections(
  articleId: string,
  from: PrismaClient = db,
): Promise<ArticleCorrection[]> {
  return from.correction.findMany({
    where: { articleId },
    orderBy: [{ correctedAt: "asc" }, { id: "asc" }],
    take: 200,
    select: { id: true, text: true, correctedAt: true },
  });
}
