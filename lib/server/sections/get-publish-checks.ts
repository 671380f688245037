import "server-only";
import { readPublishChecks, type PublishChecksConfig } from "@/lib/content/publish-checks";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { can, type Actor } from "@/lib/workflow/permissions";

export type PublishChecksPage = {
  section: { id: string; slug: string; name: string; nameEn: string };
  /** The section's `reviewChainVersion`: the save names it. */
  version: number;
  config: PublishChecksConfig;
};

/**
 * A section's checklist as its "Checks" page shows it. NOT_FOUND for anyone without
 * `review.manage` as for a slug no section has: the page does not exist for them.
 */
export async function getPublishChecksPage(actor: Actor, slug: string): Promise<PublishChecksPage> {
  if (!can(actor, "review.manage")) throw new AppError("NOT_FOUND", "There is no such section.");
  const section = await db.section.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      name: true,
      nameEn: true,
      reviewChainVersion: true,
      publishChecks: true,
    },
  });
  if (!section) throw new AppError("NOT_FOUND", "There is no such section.");
  const { reviewChainVersion, publishChecks, ...rest } = section;
  return { section: rest, version: reviewChainVersion, config: readPublishChecks(publishChecks) };
}
