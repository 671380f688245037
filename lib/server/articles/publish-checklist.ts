import "server-only";
import {
  readPublishChecks,
  STAGES_PASSED_STATUSES,
  type PublishChecksConfig,
} from "@/lib/content/publish-checks";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/workflow/permissions";
import { countOpenInlineComments } from "./publish-checks";
import { loadViewableArticle } from "./viewable-article";

/**
 * What the editor's live checklist cannot know from the fields on screen: every section's
 * own checklist (so choosing another section shows its checks at once), the open inline
 * comments and whether the story has passed its review stages. The same facts the server
 * refusal reads (publish-checks.ts); NOT_FOUND for a story the person may not see.
 */
export type PublishChecklistFacts = {
  /** By section id; a section missing here checks alt text only. */
  configs: Record<string, PublishChecksConfig>;
  openComments: number;
  stagesPassed: boolean;
};

export async function getPublishChecklistFacts(
  actor: Actor,
  articleId: string,
): Promise<PublishChecklistFacts> {
  const { article } = await loadViewableArticle(actor, articleId);
  const [sections, openComments] = await Promise.all([
    db.section.findMany({
      where: { publishChecks: { not: Prisma.DbNull } },
      select: { id: true, publishChecks: true },
    }),
    countOpenInlineComments(articleId),
  ]);
  return {
    configs: Object.fromEntries(
      sections.map((section) => [section.id, readPublishChecks(section.publishChecks)]),
    ),
    openComments,
    stagesPassed: STAGES_PASSED_STATUSES.includes(article.status),
  };
}
