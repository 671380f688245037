import "server-only";
import { sectionNameIn } from "@/lib/content/reader-script";
import { db } from "@/lib/db";
import type { DeskHeadChoice, SectionRow } from "@/lib/schemas/sections";
import type { Actor } from "@/lib/workflow/permissions";
import { authorize } from "../auth/authorize";

/**
 * /newsroom/sections: every section in the newsroom's order (archived ones too, marked),
 * with how many stories are filed under each, and the people who may head a desk.
 * FORBIDDEN (audited) without `taxonomy.manage`.
 */
export async function listSectionsForAdmin(
  actor: Actor,
): Promise<{ sections: SectionRow[]; people: DeskHeadChoice[] }> {
  await authorize(actor, "taxonomy.manage", { resourceType: "section" });
  const [rows, people] = await Promise.all([
    db.section.findMany({
      orderBy: [{ position: "asc" }, { id: "asc" }],
      select: {
        id: true,
        slug: true,
        name: true,
        nameHans: true,
        nameEn: true,
        description: true,
        liveUpdatesNeedEditor: true,
        archivedAt: true,
        _count: { select: { articles: true } },
        heads: { select: { userId: true }, orderBy: { createdAt: "asc" } },
      },
    }),
    db.user.findMany({
      where: { isActive: true, role: { in: ["EDITOR", "ADMIN"] } },
      orderBy: [{ name: "asc" }, { id: "asc" }],
      take: 500,
      select: { id: true, name: true },
    }),
  ]);
  const sections = rows.map(({ archivedAt, _count, heads, ...row }) => ({
    ...row,
    shownHans: sectionNameIn(row, "hans"),
    isArchived: archivedAt !== null,
    storyCount: _count.articles,
    headIds: heads.map((head) => head.userId),
  }));
  return { sections, people };
}
