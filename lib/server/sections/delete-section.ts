import "server-only";
import { db } from "@/lib/db";
import type { TDeleteSection } from "@/lib/schemas/sections";
import type { Actor } from "@/lib/workflow/permissions";
import { authorize } from "../auth/authorize";
import { findSectionOrThrow, lockSections, sectionChanged, sectionRefusal } from "./section-rules";

/**
 * Deletes an empty section (`taxonomy.manage`), closing the gap in the order.
 *
 * - CONFLICT (`reason` sectionHasStories, with `count`) while any story, in any state, is
 *   filed under it: deleting would silently unfile them. Move or archive it instead.
 * - NOT_FOUND for an unknown section.
 */
export async function deleteSection(
  actor: Actor,
  input: TDeleteSection,
  ip: string | null = null,
): Promise<{ slug: string }> {
  await authorize(actor, "taxonomy.manage", {
    resourceType: "section",
    resourceId: input.sectionId,
    ip,
  });
  const slug = await db.$transaction(async (tx) => {
    await lockSections(tx);
    const section = await findSectionOrThrow(tx, input.sectionId);
    const count = await tx.article.count({ where: { sectionId: section.id } });
    const refuse = (stories: number) =>
      sectionRefusal(
        "CONFLICT",
        "sectionHasStories",
        `This section has ${stories} ${stories === 1 ? "story" : "stories"}; move or archive them first.`,
        undefined,
        { count: stories },
      );
    if (count > 0) throw refuse(count);
    // One statement with the emptiness in its WHERE: a story filed a moment ago still counts.
    const { count: deleted } = await tx.section.deleteMany({
      where: { id: section.id, articles: { none: {} } },
    });
    if (deleted === 0) throw refuse(await tx.article.count({ where: { sectionId: section.id } }));
    await tx.$executeRaw`
      update "Section" s set position = o.rank - 1
        from (select id, row_number() over (order by position, id) as rank from "Section") o
       where s.id = o.id and s.position <> o.rank - 1`;
    return section.slug;
  });
  await sectionChanged(actor, input.sectionId, "delete", ip, { slug });
  return { slug };
}
