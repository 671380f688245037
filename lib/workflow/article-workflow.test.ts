import { describe, expect, it } from "vitest";
import {
  deskCanReturn,
  findTransition,
  TRANSITION_NAMES,
  TRANSITIONS,
  type TransitionName,
} from "./article-workflow";
import { ARTICLE_STATUSES, can, ROLES, type ArticleStatus, type Role } from "./permissions";

/**
 * The workflow issue's state machine, written out by hand (independently of the
 * TRANSITIONS data) and checked for every state × transition × role × ownership.
 */
const MOVES: Record<ArticleStatus, Partial<Record<TransitionName, ArticleStatus>>> = {
  DRAFT: { submit: "SUBMITTED", archive: "ARCHIVED" },
  SUBMITTED: { withdraw: "DRAFT", "request-changes": "CHANGES_REQUESTED", approve: "APPROVED" },
  CHANGES_REQUESTED: { submit: "SUBMITTED" },
  APPROVED: { schedule: "SCHEDULED", publish: "PUBLISHED" },
  SCHEDULED: { "cancel-schedule": "APPROVED", publish: "PUBLISHED" },
  PUBLISHED: { "publish-update": "PUBLISHED", unpublish: "UNPUBLISHED" },
  UNPUBLISHED: { publish: "PUBLISHED", archive: "ARCHIVED" },
  ARCHIVED: {},
};

/** Reporters move only their own stories, and only into and out of review. */
const REPORTER_MOVES: ReadonlySet<TransitionName> = new Set(["submit", "withdraw"]);

function mayMove(role: Role, own: boolean, name: TransitionName): boolean {
  if (role === "EDITOR" || role === "ADMIN") return true;
  return own && REPORTER_MOVES.has(name);
}

describe("the workflow table", () => {
  const cases = ARTICLE_STATUSES.flatMap((status) =>
    TRANSITION_NAMES.flatMap((name) =>
      ROLES.flatMap((role) => [true, false].map((own) => ({ status, name, role, own }))),
    ),
  );

  it(`answers every state × transition × role × ownership as written (${cases.length} cases)`, () => {
    expect(cases).toHaveLength(8 * 10 * 3 * 2);
    const wrong = cases.filter(({ status, name, role, own }) => {
      const transition = findTransition(name, status);
      const target = MOVES[status][name];
      if ((transition?.to ?? undefined) !== target) return true;
      const access = { createdById: own ? "me" : "someone", bylineUserIds: [], status };
      const allowed = transition ? can({ id: "me", role }, transition.permission, access) : false;
      return allowed !== (target !== undefined && mayMove(role, own, name));
    });
    expect(wrong).toEqual([]);
  });

  it("has no duplicate rows and only states from the enum", () => {
    const keys = TRANSITIONS.map((t) => `${t.name}:${t.from}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const transition of TRANSITIONS) {
      expect(ARTICLE_STATUSES).toContain(transition.from);
      expect(ARTICLE_STATUSES).toContain(transition.to);
    }
    expect(TRANSITIONS).toHaveLength(
      Object.values(MOVES).reduce((sum, moves) => sum + Object.keys(moves).length, 0),
    );
  });
});

describe("deskCanReturn", () => {
  it("is true only where the desk has a move back to an editable state", () => {
    const returning = ARTICLE_STATUSES.filter((status) => deskCanReturn(status));
    expect(returning).toEqual(["SUBMITTED"]);
  });
});
