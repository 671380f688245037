import "server-only";
import { db } from "@/lib/db";
import type { TCreateSection } from "@/lib/schemas/sections";
import type { Actor } from "@/lib/workflow/permissions";
import { authorize } from "../auth/authorize";
import {
  checkSectionFields,
  lockSections,
  sectionChanged,
  setDeskHeads,
  slugRace,
} from "./section-rules";

/**
 * A new section, last in the order (`taxonomy.manage`: editors and admins).
 *
 * - FORBIDDEN (audited) for anyone else.
 * - CONFLICT (`reason` nameTaken, nameHansTaken, nameEnTaken or slugTaken) when another
 *   section has that name or answers at that address; INVALID_INPUT (`slugEmpty`,
 *   `headNotEditor`) for a slug with nothing left in Latin letters or an ineligible head.
 *   Nothing is written on any refusal: one transaction.
 */
export async function createSection(
  actor: Actor,
  input: TCreateSection,
  ip: string | null = null,
): Promise<{ id: string; slug: string }> {
  await authorize(actor, "taxonomy.manage", { resourceType: "section", ip });
  const section = await db
    .$transaction(async (tx) => {
      await lockSections(tx);
      const slug = await checkSectionFields(tx, input, null);
      // After the last one; older rows may share a position, so count is not enough.
      const last = await tx.section.aggregate({ _max: { position: true } });
      const created = await tx.section.create({
        data: {
          slug,
          name: input.name,
          nameHans: input.nameHans,
          nameEn: input.nameEn,
          description: input.description,
          liveUpdatesNeedEditor: input.liveUpdatesNeedEditor,
          position: (last._max.position ?? -1) + 1,
        },
        select: { id: true, slug: true },
      });
      await setDeskHeads(tx, created.id, input.headIds);
      return created;
    })
    .catch(slugRace);
  await sectionChanged(actor, section.id, "create", ip, { slug: section.slug });
  return section;
}
