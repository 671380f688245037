import "server-only";
import { countBodyUnits } from "@/lib/content/count";
import { dateOf, dayOf } from "@/lib/content/budget-days";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TBudgetFilters } from "@/lib/schemas/budget";
import { planState, type PlanState } from "@/lib/workflow/plan-state";
import type { ReviewStage } from "@/lib/workflow/review-chain";

export type BudgetAssignee = {
  userId: string;
  name: string;
  role: string;
  status: "PENDING" | "ACCEPTED" | "DECLINED";
  deadline: Date;
};

export type BudgetItem = {
  id: string;
  day: string;
  headline: string;
  sectionId: string | null;
  webSlot: string | null;
  printPage: string | null;
  /** Everyone on it but those withdrawn, in the order they were asked. */
  assignees: BudgetAssignee[];
  /** The earliest deadline among assignments nobody has turned down or withdrawn. */
  deadline: Date | null;
  expectedLength: number | null;
  lengthUnit: "CHARACTERS" | "WORDS";
  /** The story's length as the editor counts it; null without a story. */
  actualLength: number | null;
  state: PlanState;
  /** In review: the stage the story sits in. */
  stage: ReviewStage | null;
  article: { id: string; dueAt: Date | null } | null;
};

const SELECT = {
  id: true,
  day: true,
  status: true,
  headline: true,
  sectionId: true,
  webSlot: true,
  printPage: true,
  expectedLength: true,
  lengthUnit: true,
  assignments: {
    where: { status: { not: "WITHDRAWN" } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      role: true,
      status: true,
      deadline: true,
      user: { select: { id: true, name: true } },
    },
  },
  article: {
    select: {
      id: true,
      status: true,
      reviewChain: true,
      reviewStage: true,
      version: true,
      dueAt: true,
      search: { select: { version: true, units: true } },
    },
  },
} satisfies Prisma.PlanItemSelect;

type Row = Prisma.PlanItemGetPayload<{ select: typeof SELECT }>;

/**
 * The stored length when the sweep has counted this very version; otherwise null, and the
 * caller counts the body (the sweep waits for the writer's pause, so the newest copies are
 * the ones behind).
 */
function storedUnits(article: NonNullable<Row["article"]>): number | null {
  const search = article.search;
  return search && search.version === article.version ? search.units : null;
}

/**
 * The planned items of `from`…`to` (inclusive days) on the budget, filtered: PLANNED ones,
 * or only SPIKED ones when the state filter asks for "Spiked" (pitches are never on it).
 * Three queries at most: the items with their assignees and stories, and the bodies of the
 * few stories whose stored length is behind their copy (`withLength` only).
 */
export async function loadBudgetItems(
  range: { from: string; to: string },
  filters: TBudgetFilters,
  options: { withLength: boolean },
): Promise<BudgetItem[]> {
  const rows = await db.planItem.findMany({
    where: {
      day: { gte: dateOf(range.from), lte: dateOf(range.to) },
      status: filters.state === "SPIKED" ? "SPIKED" : "PLANNED",
      ...(filters.desk ? { section: { slug: filters.desk } } : {}),
      ...(filters.person
        ? { assignments: { some: { userId: filters.person, status: { not: "WITHDRAWN" } } } }
        : {}),
    },
    orderBy: [{ day: "asc" }, { createdAt: "asc" }, { id: "asc" }],
    select: SELECT,
  });
  const counted = new Map<string, number>();
  if (options.withLength) {
    const behind = rows.flatMap((row) =>
      row.article && storedUnits(row.article) === null ? [row.article.id] : [],
    );
    if (behind.length > 0) {
      const bodies = await db.article.findMany({
        where: { id: { in: behind } },
        select: { id: true, body: true },
      });
      for (const { id, body } of bodies) counted.set(id, countBodyUnits(body));
    }
  }
  const items = rows.map((row) => toItem(row, counted));
  return filters.state ? items.filter((item) => item.state === filters.state) : items;
}

function toItem(row: Row, counted: Map<string, number>): BudgetItem {
  const { state, stage } = planState(row);
  const live = row.assignments.filter((a) => a.status !== "DECLINED");
  const deadline = live.reduce<Date | null>(
    (earliest, a) => (earliest && earliest <= a.deadline ? earliest : a.deadline),
    null,
  );
  const article = row.article;
  return {
    id: row.id,
    day: dayOf(row.day),
    headline: row.headline,
    sectionId: row.sectionId,
    webSlot: row.webSlot,
    printPage: row.printPage,
    assignees: row.assignments.map((a) => ({
      userId: a.user.id,
      name: a.user.name,
      role: a.role,
      status: a.status as BudgetAssignee["status"],
      deadline: a.deadline,
    })),
    deadline,
    expectedLength: row.expectedLength,
    lengthUnit: row.lengthUnit,
    actualLength: article ? (storedUnits(article) ?? counted.get(article.id) ?? null) : null,
    state,
    stage,
    article: article ? { id: article.id, dueAt: article.dueAt } : null,
  };
}
