import { describe, expect, it } from "vitest";
import {
  deskCanReturn,
  findTransition,
  movesFrom,
  TRANSITION_NAMES,
  TRANSITIONS,
  type TransitionName,
} from "./article-workflow";
import { ARTICLE_STATUSES, can, ROLES, type ArticleStatus, type Role } from "./permissions";
import type { ReviewPosition, ReviewStage } from "./review-chain";

/**
 * The workflow issue's state machine with the review stages issue's moves, written out by
 * hand (independently of the TRANSITIONS data) and checked for every state (and, in review,
 * every place in a chain) × transition × role × ownership × whether the person may pass
 * the stage.
 */
type Place = { status: ArticleStatus; stage?: "only" | "first" | "middle" | "last" };
const PLACES: Place[] = [
  ...ARTICLE_STATUSES.filter((status) => status !== "SUBMITTED").map((status) => ({ status })),
  ...(["only", "first", "middle", "last"] as const).map((stage) => ({
    status: "SUBMITTED" as const,
    stage,
  })),
];

function movesAt({ status, stage }: Place): Partial<Record<TransitionName, ArticleStatus>> {
  switch (status) {
    case "DRAFT":
      return { submit: "SUBMITTED", archive: "ARCHIVED", "publish-now": "PUBLISHED" };
    case "CHANGES_REQUESTED":
      return { submit: "SUBMITTED", "publish-now": "PUBLISHED" };
    case "SUBMITTED": {
      const last = stage === "only" || stage === "last";
      const first = stage === "only" || stage === "first";
      return {
        withdraw: "DRAFT",
        "request-changes": "CHANGES_REQUESTED",
        "publish-now": "PUBLISHED",
        ...(last ? { approve: "APPROVED" } : { pass: "SUBMITTED" }),
        ...(first ? {} : { "send-back": "SUBMITTED" }),
      } as Partial<Record<TransitionName, ArticleStatus>>;
    }
    case "APPROVED":
      return { schedule: "SCHEDULED", publish: "PUBLISHED" };
    case "SCHEDULED":
      return { "cancel-schedule": "APPROVED", publish: "PUBLISHED" };
    case "PUBLISHED":
      return { "publish-update": "PUBLISHED", unpublish: "UNPUBLISHED" };
    case "UNPUBLISHED":
      return { publish: "PUBLISHED", archive: "ARCHIVED" };
    case "ARCHIVED":
      return {};
  }
}

/** Moves out of a stage: only those who may pass that stage make them. */
const STAGE_MOVES: ReadonlySet<TransitionName> = new Set([
  "pass",
  "send-back",
  "approve",
  "request-changes",
]);

function mayMove(role: Role, own: boolean, name: TransitionName, passer: boolean): boolean {
  if (STAGE_MOVES.has(name)) return role !== "REPORTER" && passer;
  if (name === "publish-now") return role === "ADMIN";
  if (role === "EDITOR" || role === "ADMIN") return true;
  // Reporters move only their own stories into and out of review; proofreaders only stages.
  return role === "REPORTER" && own && (name === "submit" || name === "withdraw");
}

const STAGE: Omit<ReviewStage, "userIds"> = {
  key: "s",
  name: { hant: "審", hans: "审", en: "Check" },
  kind: "review",
  roles: [],
  deskHeads: false,
};

function positionAt(stage: Place["stage"], passer: boolean): ReviewPosition | null {
  if (!stage) return null;
  const length = stage === "only" ? 1 : 3;
  const index = { only: 0, first: 0, middle: 1, last: 2 }[stage];
  const chain = Array.from({ length }, (_, i) => ({
    ...STAGE,
    key: `s${i}`,
    userIds: passer && i === index ? ["me"] : [],
  }));
  return { chain, index, deskHeadIds: [] };
}

describe("the workflow table", () => {
  const cases = PLACES.flatMap((place) =>
    TRANSITION_NAMES.flatMap((name) =>
      ROLES.flatMap((role) =>
        [true, false].flatMap((own) =>
          [true, false].map((passer) => ({ place, name, role, own, passer })),
        ),
      ),
    ),
  );

  it(`answers every place × transition × role × ownership × stage passer as written (${cases.length} cases)`, () => {
    expect(cases).toHaveLength(11 * 13 * 4 * 2 * 2);
    const wrong = cases.filter(({ place, name, role, own, passer }) => {
      const review = positionAt(place.stage, passer);
      const transition = findTransition(name, place.status, review);
      const target = movesAt(place)[name];
      if ((transition?.to ?? undefined) !== target) return true;
      const access = {
        createdById: own ? "me" : "someone",
        bylineUserIds: [],
        status: place.status,
        review,
      };
      const allowed = transition ? can({ id: "me", role }, transition.permission, access) : false;
      return allowed !== (target !== undefined && mayMove(role, own, name, passer));
    });
    expect(wrong).toEqual([]);
  });

  it("has no duplicate rows and only states from the enum", () => {
    const keys = TRANSITIONS.map((t) => `${t.name}:${t.from}:${t.at ?? ""}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const transition of TRANSITIONS) {
      expect(ARTICLE_STATUSES).toContain(transition.from);
      expect(ARTICLE_STATUSES).toContain(transition.to);
    }
  });

  it("offers every move where the story stands, and no other", () => {
    for (const place of PLACES) {
      const offered = movesFrom(place.status, positionAt(place.stage, true)).map((t) => t.name);
      expect(offered.sort()).toEqual(Object.keys(movesAt(place)).sort());
    }
  });
});

describe("deskCanReturn", () => {
  it("is true only where the desk has a move back to an editable state", () => {
    const returning = ARTICLE_STATUSES.filter((status) => deskCanReturn(status));
    expect(returning).toEqual(["SUBMITTED"]);
  });
});
