import { describe, expect, it } from "vitest";
import {
  ARTICLE_STATUSES,
  can,
  PERMISSIONS,
  ROLES,
  type Actor,
  type ArticleAccess,
  type Permission,
  type Role,
  suggestionDecider,
} from "./permissions";
import type { ReviewStage } from "./review-chain";

/**
 * The accounts issue's table, grown by the review stages issue, written out independently
 * of the implementation and checked for every role × permission × ownership × article
 * state (and, in review, whether the person may pass the stage the story sits in).
 */
type Ownership = "creator" | "bylined" | "other";
const OWNERSHIPS: Ownership[] = ["creator", "bylined", "other"];
type Status = (typeof ARTICLE_STATUSES)[number];
/** Every state, and review twice: at a stage this person may pass, and at one they may not. */
const PLACES: Array<{ status: Status; passer: boolean }> = [
  ...ARTICLE_STATUSES.map((status) => ({ status, passer: false })),
  { status: "SUBMITTED", passer: true },
];

function expected(
  role: Role,
  permission: Permission,
  ownership: Ownership,
  { status, passer }: { status: Status; passer: boolean },
): boolean {
  const own = ownership !== "other";
  const editorial = role === "EDITOR" || role === "ADMIN";
  const proofreader = role === "PROOFREADER";
  const inReview = status === "SUBMITTED";
  const stageOk = !inReview || passer;
  const reporterEditable = status === "DRAFT" || status === "CHANGES_REQUESTED";
  switch (permission) {
    case "article.create":
      return !proofreader;
    case "plan.view": // the budget, pitches and events: the whole newsroom plans together
    case "plan.pitch":
      return true;
    case "plan.manage": // deciding pitches, assigning, moving, spiking, events, desk feeds
      return editorial;
    case "tag.create": // from the editor's type-ahead; renaming and merging is taxonomy.manage
      return true;
    case "article.view":
    case "article.comment":
      return editorial || proofreader || own;
    case "article.edit":
      if (editorial) return stageOk;
      if (proofreader) return inReview && passer;
      return own && reporterEditable;
    case "article.suggest": // proposing changes for those who may edit to accept or reject
      return (
        expected(role, "article.edit", ownership, { status, passer }) ||
        (inReview && (editorial || proofreader || own))
      );
    case "article.submit":
      return editorial || (role === "REPORTER" && own && reporterEditable);
    case "article.withdraw":
      return editorial || (role === "REPORTER" && own && inReview);
    case "article.review":
    case "article.request-changes":
    case "article.approve":
      return (editorial || proofreader) && stageOk;
    case "article.publish":
    case "article.schedule":
    case "article.unpublish":
    case "article.correct":
    case "article.archive":
    case "taxonomy.manage":
    case "contributor.manage":
    case "front.manage":
    case "audit.read":
      return editorial;
    case "article.publish-now":
    case "review.manage":
    case "user.manage":
    case "settings.manage":
      return role === "ADMIN";
    case "live.post": // updates to live coverage: the desk, and reporters on the coverage
      return editorial || (role === "REPORTER" && own);
    case "live.manage": // publishing held updates, others' updates, ending coverage
      return editorial;
    case "media.edit":
    case "media.delete":
      return !proofreader; // with an article in hand: image rules are checked on images, below
  }
}

/** A one-stage chain passed by name: "me" may pass it or not, whatever the role. */
function reviewAt(passer: boolean): ArticleAccess["review"] {
  const stage: ReviewStage = {
    key: "check",
    name: { hant: "審", hans: "审", en: "Check" },
    kind: "review",
    roles: [],
    deskHeads: false,
    userIds: passer ? ["me"] : [],
  };
  return { chain: [stage], index: 0, deskHeadIds: [] };
}

function article(
  ownership: Ownership,
  { status, passer }: { status: Status; passer: boolean },
): ArticleAccess {
  return {
    createdById: ownership === "creator" ? "me" : "someone-else",
    bylineUserIds: ownership === "bylined" ? ["colleague", "me"] : ["colleague"],
    status,
    review: status === "SUBMITTED" ? reviewAt(passer) : null,
  };
}

describe("the permission table", () => {
  const cases = ROLES.flatMap((role) =>
    PERMISSIONS.flatMap((permission) =>
      OWNERSHIPS.flatMap((ownership) =>
        PLACES.map((place) => ({ role, permission, ownership, place })),
      ),
    ),
  );

  it(`covers every role × permission × ownership × state (${cases.length} cases)`, () => {
    expect(cases).toHaveLength(4 * 31 * 3 * 9);
    const wrong = cases.filter(({ role, permission, ownership, place }) => {
      const actor: Actor = { id: "me", role };
      return (
        can(actor, permission, article(ownership, place)) !==
        expected(role, permission, ownership, place)
      );
    });
    expect(wrong).toEqual([]);
  });

  it("answers without an article whether the role could ever hold the permission", () => {
    const reporter: Actor = { id: "me", role: "REPORTER" };
    expect(can(reporter, "article.create")).toBe(true);
    expect(can(reporter, "article.edit")).toBe(true);
    expect(can(reporter, "article.publish")).toBe(false);
    expect(can({ id: "e", role: "EDITOR" }, "user.manage")).toBe(false);
    expect(can({ id: "a", role: "ADMIN" }, "user.manage")).toBe(true);
    expect(can({ id: "e", role: "EDITOR" }, "settings.manage")).toBe(false);
    expect(can({ id: "a", role: "ADMIN" }, "settings.manage")).toBe(true);
  });

  it("never lets a reporter publish, even their own approved article", () => {
    const reporter: Actor = { id: "me", role: "REPORTER" };
    for (const status of ARTICLE_STATUSES) {
      for (const permission of [
        "article.publish",
        "article.approve",
        "article.schedule",
        "article.unpublish",
      ] as const) {
        expect(can(reporter, permission, article("creator", { status, passer: true }))).toBe(false);
      }
    }
  });

  it("lets editors, and the person who uploaded it, change or delete an image", () => {
    for (const role of ROLES) {
      for (const permission of ["media.edit", "media.delete"] as const) {
        const actor: Actor = { id: "me", role };
        const holds = role !== "PROOFREADER";
        expect(can(actor, permission, { uploadedById: "me" })).toBe(holds);
        expect(can(actor, permission, { uploadedById: "someone-else" })).toBe(
          holds && role !== "REPORTER",
        );
        expect(can(actor, permission, { uploadedById: null })).toBe(holds && role !== "REPORTER");
      }
    }
  });
});

describe("who decides suggestions", () => {
  const author: Actor = { id: "me", role: "REPORTER" };
  it("is whoever may edit; in review, the author decides others' suggestions but not their own", () => {
    expect(suggestionDecider(author, article("creator", { status: "DRAFT", passer: false }))).toBe(
      "any",
    );
    expect(
      suggestionDecider(author, article("bylined", { status: "SUBMITTED", passer: false })),
    ).toBe("others");
    expect(
      suggestionDecider(author, article("other", { status: "SUBMITTED", passer: false })),
    ).toBe(null);
    expect(
      suggestionDecider(author, article("creator", { status: "APPROVED", passer: false })),
    ).toBe(null);
    const proofreader: Actor = { id: "me", role: "PROOFREADER" };
    expect(
      suggestionDecider(proofreader, article("other", { status: "SUBMITTED", passer: true })),
    ).toBe("any");
    expect(
      suggestionDecider(proofreader, article("other", { status: "SUBMITTED", passer: false })),
    ).toBe(null);
  });
});
