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
} from "./permissions";

/**
 * The accounts issue's table, written out independently of the implementation, and
 * checked for every role × permission × ownership × article state.
 */
type Ownership = "creator" | "bylined" | "other";
const OWNERSHIPS: Ownership[] = ["creator", "bylined", "other"];

function expected(
  role: Role,
  permission: Permission,
  ownership: Ownership,
  status: (typeof ARTICLE_STATUSES)[number],
): boolean {
  const own = ownership !== "other";
  const editorial = role === "EDITOR" || role === "ADMIN";
  switch (permission) {
    case "article.create":
    case "tag.create": // from the editor's type-ahead; renaming and merging is taxonomy.manage
      return true;
    case "article.view":
    case "article.comment":
      return editorial || own;
    case "article.edit":
    case "article.submit":
      return editorial || (own && (status === "DRAFT" || status === "CHANGES_REQUESTED"));
    case "article.withdraw":
      return editorial || (own && status === "SUBMITTED");
    case "article.request-changes":
    case "article.approve":
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
    case "user.manage":
    case "settings.manage":
      return role === "ADMIN";
    case "media.edit":
    case "media.delete":
      return true; // with an article in hand: image rules are checked on images, below
  }
}

function article(ownership: Ownership, status: (typeof ARTICLE_STATUSES)[number]): ArticleAccess {
  return {
    createdById: ownership === "creator" ? "me" : "someone-else",
    bylineUserIds: ownership === "bylined" ? ["colleague", "me"] : ["colleague"],
    status,
  };
}

describe("the permission table", () => {
  const cases = ROLES.flatMap((role) =>
    PERMISSIONS.flatMap((permission) =>
      OWNERSHIPS.flatMap((ownership) =>
        ARTICLE_STATUSES.map((status) => ({ role, permission, ownership, status })),
      ),
    ),
  );

  it(`covers every role × permission × ownership × state (${cases.length} cases)`, () => {
    expect(cases).toHaveLength(3 * 22 * 3 * 8);
    const wrong = cases.filter(({ role, permission, ownership, status }) => {
      const actor: Actor = { id: "me", role };
      return (
        can(actor, permission, article(ownership, status)) !==
        expected(role, permission, ownership, status)
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
        expect(can(reporter, permission, article("creator", status))).toBe(false);
      }
    }
  });

  it("lets editors, and the person who uploaded it, change or delete an image", () => {
    for (const role of ROLES) {
      for (const permission of ["media.edit", "media.delete"] as const) {
        const actor: Actor = { id: "me", role };
        expect(can(actor, permission, { uploadedById: "me" })).toBe(true);
        expect(can(actor, permission, { uploadedById: "someone-else" })).toBe(role !== "REPORTER");
        expect(can(actor, permission, { uploadedById: null })).toBe(role !== "REPORTER");
      }
    }
  });
});
