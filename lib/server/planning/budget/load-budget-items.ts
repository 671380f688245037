import "server-only";
import { LRUCache } from "lru-cache";
import { countBodyUnits } from "@/lib/content/count";
import { dayOf } from "@/lib/content/budget-days";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { TBudgetFilters } from "@/lib/schemas/budget";
import type { ArticleStatus } from "@/lib/workflow/permissions";
import {
  planState,
  type AssignmentStatus,
  type PlanItemStatus,
  type PlanState,
} from "@/lib/workflow/plan-state";
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
  /** `mayOpen`: whether the person reading the budget could open the story (see getBudgetDay). */
  article: { id: string; dueAt: Date | null; createdById: string; mayOpen: boolean } | null;
};

/** One row per item: its assignees (not withdrawn) as JSON, its story and stored length joined. */
type Row = {
  id: string;
  day: Date;
  status: PlanItemStatus;
  headline: string;
  sectionId: string | null;
  webSlot: string | null;
  printPage: string | null;
  expectedLength: number | null;
  lengthUnit: "CHARACTERS" | "WORDS";
  assignments: Array<{
    userId: string;
    name: string;
    role: string;
    status: AssignmentStatus;
    /** A TIMESTAMP(3) (UTC, no zone) as JSON text. */
    deadline: string;
  }>;
  articleId: string | null;
  articleStatus: ArticleStatus | null;
  reviewChain: unknown;
  reviewStage: number | null;
  articleVersion: number | null;
  dueAt: Date | null;
  articleCreatedById: string | null;
  searchVersion: number | null;
  units: number | null;
};

/**
 * The stored length when the sweep has counted this very version; otherwise null, and the
 * caller counts the body (the sweep waits for the writer's pause, so the newest copies are
 * the ones behind).
 */
function storedUnits(row: Row): number | null {
  return row.searchVersion !== null && row.searchVersion === row.articleVersion ? row.units : null;
}

/**
 * Lengths counted on the spot, by story and version: a version never changes, and while a
 * story waits for the sweep (its writer still typing, or paused under 10 s) every editor
 * reloading the budget would count the same body again. Per process; small.
 */
const countedLengths = new LRUCache<string, number>({ max: 5_000 });

/**
 * The planned items of `from`…`to` (inclusive days) on the budget, filtered: PLANNED ones,
 * or only SPIKED ones when the state filter asks for "Spiked" (pitches are never on it).
 * One SQL statement for the items with their assignees and stories, and one more for the
 * bodies of the few stories whose stored length is behind their copy (`withLength` only).
 * Raw SQL, measured: at 300 items Prisma's nested select took five round trips and its
 * result mapping (JSON re-parsed per value) was the largest part of the page's time.
 */
export async function loadBudgetItems(
  range: { from: string; to: string },
  filters: TBudgetFilters,
  options: { withLength: boolean },
): Promise<BudgetItem[]> {
  const status = filters.state === "SPIKED" ? "SPIKED" : "PLANNED";
  const desk = filters.desk
    ? Prisma.sql`and p."sectionId" = (select id from "Section" where slug = ${filters.desk})`
    : Prisma.empty;
  const person = filters.person
    ? Prisma.sql`and exists (select 1 from "Assignment" x where x."planItemId" = p.id
        and x."userId" = ${filters.person}::uuid and x.status <> 'WITHDRAWN')`
    : Prisma.empty;
  const rows = await db.$queryRaw<Row[]>`
    select p.id::text as id, p.day, p.status::text as status, p.headline,
      p."sectionId"::text as "sectionId", p."webSlot", p."printPage", p."expectedLength",
      p."lengthUnit"::text as "lengthUnit",
      coalesce((
        select json_agg(json_build_object('userId', u.id, 'name', u.name, 'role', a.role,
            'status', a.status, 'deadline', a.deadline) order by a."createdAt", a.id)
        from "Assignment" a join "User" u on u.id = a."userId"
        where a."planItemId" = p.id and a.status <> 'WITHDRAWN'
      ), '[]'::json) as assignments,
      ar.id::text as "articleId", ar.status::text as "articleStatus",
      -- the chain only names the stage of a story in review: not parsed for the rest
      case when ar.status = 'SUBMITTED' then ar."reviewChain" end as "reviewChain",
      ar."reviewStage", ar.version as "articleVersion", ar."dueAt",
      ar."createdById"::text as "articleCreatedById",
      s.version as "searchVersion", s.units
    from "PlanItem" p
      left join "Article" ar on ar.id = p."articleId"
      left join "ArticleSearch" s on s."articleId" = ar.id
    where p.day >= ${range.from}::date and p.day <= ${range.to}::date
      and p.status = ${status}::"PlanItemStatus" ${desk} ${person}
    order by p.day, p."createdAt", p.id`;
  const counted = new Map<string, number>();
  const behind: string[] = [];
  for (const row of options.withLength ? rows : []) {
    if (!row.articleId || storedUnits(row) !== null) continue;
    const known = countedLengths.get(`${row.articleId}:${row.articleVersion}`);
    if (known === undefined) behind.push(row.articleId);
    else counted.set(row.articleId, known);
  }
  if (behind.length > 0) {
    // The body as text, parsed once here (a jsonb value is otherwise parsed twice on its way).
    const bodies = await db.$queryRaw<Array<{ id: string; version: number; body: string }>>`
      select id::text as id, version, body::text as body from "Article" where id = any(${behind}::uuid[])`;
    for (const { id, version, body } of bodies) {
      const units = countBodyUnits(JSON.parse(body));
      counted.set(id, units);
      countedLengths.set(`${id}:${version}`, units);
    }
  }
  const items = rows.map((row) => toItem(row, counted));
  return filters.state ? items.filter((item) => item.state === filters.state) : items;
}

function toItem(row: Row, counted: Map<string, number>): BudgetItem {
  const assignments = row.assignments.map((a) => ({ ...a, deadline: new Date(`${a.deadline}Z`) }));
  const article =
    row.articleId && row.articleStatus
      ? { status: row.articleStatus, reviewChain: row.reviewChain, reviewStage: row.reviewStage }
      : null;
  const { state, stage } = planState({ status: row.status, assignments, article });
  const deadline = assignments
    .filter((a) => a.status !== "DECLINED")
    .reduce<Date | null>(
      (earliest, a) => (earliest && earliest <= a.deadline ? earliest : a.deadline),
      null,
    );
  return {
    id: row.id,
    day: dayOf(row.day),
    headline: row.headline,
    sectionId: row.sectionId,
    webSlot: row.webSlot,
    printPage: row.printPage,
    assignees: assignments.map((a) => ({
      userId: a.userId,
      name: a.name,
      role: a.role,
      status: a.status as BudgetAssignee["status"],
      deadline: a.deadline,
    })),
    deadline,
    expectedLength: row.expectedLength,
    lengthUnit: row.lengthUnit,
    actualLength: row.articleId ? (storedUnits(row) ?? counted.get(row.articleId) ?? null) : null,
    state,
    stage,
    article: row.articleId
      ? {
          id: row.articleId,
          dueAt: row.dueAt,
          createdById: row.articleCreatedById ?? "",
          mayOpen: false,
        }
      : null,
  };
}
