import "server-only";
import { db } from "@/lib/db";

export type BudgetSection = {
  id: string;
  slug: string;
  name: string;
  nameHans: string | null;
  nameEn: string;
  isArchived: boolean;
};

/** Every section in the newsroom's order: the budget's groups and the desk filter's choices. */
export async function loadBudgetSections(): Promise<BudgetSection[]> {
  const rows = await db.section.findMany({
    orderBy: [{ position: "asc" }, { id: "asc" }],
    select: { id: true, slug: true, name: true, nameHans: true, nameEn: true, archivedAt: true },
  });
  return rows.map(({ archivedAt, ...section }) => ({
    ...section,
    isArchived: archivedAt !== null,
  }));
}

/** The people the person filter offers: everyone active in the newsroom, by name. */
export async function loadBudgetPeople(): Promise<Array<{ id: string; name: string }>> {
  return db.user.findMany({
    where: { isActive: true },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: 1000,
    select: { id: true, name: true },
  });
}
