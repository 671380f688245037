import "server-only";
import { db } from "@/lib/db";
import type { TArchiveSection } from "@/lib/schemas/sections";
import type { Actor } from "@/lib/workflow/permissions";
import { authorize } from "../auth/authorize";
import { findSectionOrThrow, lockSections, sectionChanged } from "./section-rules";

/**
 * Archives a section (or restores it) (`taxonomy.manage`). Archived, it leaves the
 * reader's navigation and the editor's choices for new stories, but its page, feeds and
 * stories still answer: links out in the world keep working. NOT_FOUND for an unknown one.
 */
export async function archiveSection(
  actor: Actor,
  input: TArchiveSection,
  ip: string | null = null,
): Promise<{ archived: boolean }> {
  await authorize(actor, "taxonomy.manage", {
    resourceType: "section",
    resourceId: input.sectionId,
    ip,
  });
  await db.$transaction(async (tx) => {
    await lockSections(tx);
    const section = await findSectionOrThrow(tx, input.sectionId);
    // Archiving twice keeps the first date.
    if (input.archived === (section.archivedAt !== null)) return;
    await tx.section.update({
      where: { id: section.id },
      data: { archivedAt: input.archived ? new Date() : null },
    });
  });
  await sectionChanged(actor, input.sectionId, input.archived ? "archive" : "restore", ip);
  return { archived: input.archived };
}
