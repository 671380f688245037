import "server-only";
import { db } from "@/lib/db";
import type { TUpdateSection } from "@/lib/schemas/sections";
import type { Actor } from "@/lib/workflow/permissions";
import { authorize } from "../auth/authorize";
import {
  checkSectionFields,
  findSectionOrThrow,
  lockSections,
  sectionChanged,
  setDeskHeads,
  slugRace,
} from "./section-rules";

/**
 * Renames a section, changes its address, description or desk heads
 * (`taxonomy.manage`). A new slug keeps the old one answering: /sections/<old> redirects
 * (301) to the new address, so links and search rankings survive. Refusals as
 * `createSection`, plus NOT_FOUND; nothing is written on any of them.
 */
export async function updateSection(
  actor: Actor,
  input: TUpdateSection,
  ip: string | null = null,
): Promise<{ slug: string }> {
  await authorize(actor, "taxonomy.manage", {
    resourceType: "section",
    resourceId: input.sectionId,
    ip,
  });
  const { sectionId } = input;
  const { slug, oldSlug } = await db
    .$transaction(async (tx) => {
      await lockSections(tx);
      const current = await findSectionOrThrow(tx, sectionId);
      const slug = await checkSectionFields(tx, input, sectionId);
      if (slug !== current.slug) {
        // Back to one of its own old addresses: that one is live again, not a redirect.
        await tx.sectionRedirect.deleteMany({ where: { fromSlug: slug, sectionId } });
        await tx.sectionRedirect.create({ data: { fromSlug: current.slug, sectionId } });
      }
      await tx.section.update({
        where: { id: sectionId },
        data: {
          slug,
          name: input.name,
          nameHans: input.nameHans,
          nameEn: input.nameEn,
          description: input.description,
          liveUpdatesNeedEditor: input.liveUpdatesNeedEditor,
        },
      });
      await setDeskHeads(tx, sectionId, input.headIds);
      return { slug, oldSlug: current.slug };
    })
    .catch(slugRace);
  await sectionChanged(actor, sectionId, "update", ip, {
    slug,
    ...(oldSlug !== slug ? { oldSlug } : {}),
  });
  return { slug };
}
