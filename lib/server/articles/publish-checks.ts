import "server-only";
import { listSuggestions } from "@/lib/content/suggestions";
import { countBodyDamage } from "@/lib/content/body-damage";
import {
  describeFailure,
  evaluatePublishChecks,
  PUBLISH_CHECK_NAMES,
  readPublishChecks,
  STAGES_PASSED_STATUSES,
  type PublishCheckResult,
} from "@/lib/content/publish-checks";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { TransitionName } from "@/lib/workflow/article-workflow";
import { listImagesWithoutAlt, type ImageWithoutAlt } from "./check-image-alt";

/** Moves that put (or will put) the working copy before readers: the checklist guards them. */
export const REACHES_READERS: ReadonlySet<TransitionName> = new Set([
  "publish",
  "publish-update",
  "schedule",
  "publish-now",
]);

/** Inline comments (anchored in the body, thread roots) nobody has resolved yet. */
export function countOpenInlineComments(articleId: string): Promise<number> {
  return db.comment.count({
    where: { articleId, parentId: null, resolvedAt: null, anchor: { not: Prisma.DbNull } },
  });
}

/**
 * The section's pre-publish checklist (lib/content/publish-checks.ts), enforced on the
 * server before a move that reaches readers. `waiveStages` is "publish now": the stages
 * not passed are recorded as skipped instead of blocking; every other check still applies.
 * Refuses with CONFLICT naming every failing item and changes nothing:
 * - only the alt text fails: reason "altMissing" with the first image (`image`, `mediaId`,
 *   `field`, `thumbnail`), as before the checklist existed;
 * - otherwise reason "checksFailed", `failing` (the check ids), `checks` (the same, joined
 *   by commas, for the browser) and, when alt text is among them, the first image too.
 */
export async function assertPublishChecks(
  articleId: string,
  options: { transition: TransitionName; waiveStages: boolean },
): Promise<void> {
  if (!REACHES_READERS.has(options.transition)) return;
  const article = await db.article.findUnique({
    where: { id: articleId },
    select: {
      headline: true,
      dek: true,
      sectionId: true,
      status: true,
      body: true,
      featuredImageId: true,
      section: { select: { publishChecks: true } },
      _count: { select: { bylines: true } },
    },
  });
  if (!article) return;
  const config = readPublishChecks(article.section?.publishChecks ?? null);
  const checks = config.checks.filter((id) => !(options.waiveStages && id === "stages"));
  const missing = checks.includes("altText")
    ? await listImagesWithoutAlt(article.body, article.featuredImageId)
    : [];
  const openComments = checks.includes("comments") ? await countOpenInlineComments(articleId) : 0;
  const results = evaluatePublishChecks(
    {
      headline: article.headline,
      dek: article.dek,
      bylineCount: article._count.bylines,
      sectionId: article.sectionId,
      damageSpots: checks.includes("damage") ? countBodyDamage(article.body) : 0,
      imagesWithoutAlt: missing.map((image) => image.name),
      openComments,
      openSuggestions: checks.includes("suggestions") ? listSuggestions(article.body).length : 0,
      stagesPassed: STAGES_PASSED_STATUSES.includes(article.status),
    },
    { ...config, checks },
  );
  const failing = results.filter((result) => !result.ok);
  if (failing.length > 0) throw checksRefusal(failing, missing[0]);
}

function checksRefusal(failing: PublishCheckResult[], image: ImageWithoutAlt | undefined) {
  const imageDetails = image
    ? { image: image.name, mediaId: image.mediaId, field: image.field, thumbnail: image.thumbnail }
    : {};
  if (failing.length === 1 && failing[0]?.id === "altText" && image) {
    return new AppError(
      "CONFLICT",
      `The image “${image.name}” has no alt text: add it before publishing.`,
      { reason: "altMissing", ...imageDetails },
    );
  }
  const ids = failing.map((result) => result.id);
  const items = failing.map(describeFailure);
  return new AppError(
    "CONFLICT",
    `This story cannot be published until these checks pass: ${items.join("; ")}.`,
    {
      reason: "checksFailed",
      failing: ids,
      checks: ids.join(","),
      items: ids.map((id) => PUBLISH_CHECK_NAMES[id]).join(", "),
      ...imageDetails,
    },
  );
}
