import { mayPassCurrentStage, type ReviewPosition } from "./review-chain";

/**
 * Who may do what: one static role → permission map, plus the ownership and state
 * rules the accounts issue's table adds. Pure TypeScript (no Prisma client, no React),
 * so the same answer is given to the UI (which hides what you may not do) and to the
 * use-cases in lib/server (which refuse it).
 */
export const ROLES = ["REPORTER", "EDITOR", "PROOFREADER", "ADMIN"] as const;
export type Role = (typeof ROLES)[number];

export const ARTICLE_STATUSES = [
  "DRAFT",
  "SUBMITTED",
  "CHANGES_REQUESTED",
  "APPROVED",
  "SCHEDULED",
  "PUBLISHED",
  "UNPUBLISHED",
  "ARCHIVED",
] as const;
export type ArticleStatus = (typeof ARTICLE_STATUSES)[number];

export const PERMISSIONS = [
  "article.create",
  "article.view",
  "article.edit",
  "article.suggest",
  "article.submit",
  "article.withdraw",
  "article.comment",
  "article.request-changes",
  "article.review",
  "article.approve",
  "article.publish",
  "article.publish-now",
  "article.schedule",
  "article.unpublish",
  "article.correct",
  "article.archive",
  "tag.create",
  "taxonomy.manage",
  "contributor.manage",
  "front.manage",
  "review.manage",
  "user.manage",
  "settings.manage",
  "audit.read",
  "media.edit",
  "media.delete",
  "plan.view",
  "plan.pitch",
  "plan.manage",
  // Live coverage (lib/server/live): posting updates, and the desk's control of them.
  "live.post",
  "live.manage",
] as const;
export type Permission = (typeof PERMISSIONS)[number];

/** The newsroom's own rules and breaking news past the desk: admins (the editor-in-chief) alone. */
const ADMIN_ONLY: ReadonlySet<Permission> = new Set([
  "user.manage",
  "settings.manage",
  "review.manage",
  "article.publish-now",
]);

/**
 * While a story sits in a review stage, these are held only by those who may pass that
 * stage (lib/workflow/review-chain.ts): passing, approving, sending back and editing.
 */
const STAGE_BOUND: ReadonlySet<Permission> = new Set([
  "article.review",
  "article.approve",
  "article.request-changes",
  "article.edit",
]);

/** What each role may do at all; ownership and state narrow the reporter's grants below. */
const ROLE_PERMISSIONS: Record<Role, ReadonlySet<Permission>> = {
  REPORTER: new Set([
    "article.create",
    "article.view",
    "article.edit",
    "article.suggest",
    "article.submit",
    "article.withdraw",
    "article.comment",
    "tag.create",
    "media.edit",
    "media.delete",
    "plan.view",
    "plan.pitch",
    "live.post",
  ]),
  EDITOR: new Set(PERMISSIONS.filter((permission) => !ADMIN_ONLY.has(permission))),
  // Proofreaders (校對) see every story and work only inside the stages they may pass.
  PROOFREADER: new Set([
    "article.view",
    "article.edit",
    "article.suggest",
    "article.comment",
    "article.review",
    "article.approve",
    "article.request-changes",
    "tag.create",
    "plan.view",
    "plan.pitch",
  ]),
  ADMIN: new Set(PERMISSIONS),
};

/** Permissions a reporter holds only on their own articles (created by them or bylined). */
const OWN_ONLY: ReadonlySet<Permission> = new Set([
  "article.view",
  "article.edit",
  "article.submit",
  "article.withdraw",
  "article.comment",
  // Live coverage: a reporter posts updates to the coverage they are on (creator or byline).
  "live.post",
]);

/** States in which a reporter may still change or submit their own article. */
export const REPORTER_EDITABLE: ReadonlySet<ArticleStatus> = new Set([
  "DRAFT",
  "CHANGES_REQUESTED",
]);

/** Permissions a reporter holds only on images they uploaded. */
const OWN_MEDIA_ONLY: ReadonlySet<Permission> = new Set(["media.edit", "media.delete"]);

export type Actor = { id: string; role: Role };

/** Who asks, as use-cases take it: only the id and the role, never the rest of a session user. */
export function toActor(user: { id: string; role: Role }): Actor {
  return { id: user.id, role: user.role };
}

/** The fact about a library image that permissions depend on. */
export type MediaAccess = { uploadedById: string | null };

/** The facts about an article that permissions depend on. */
export type ArticleAccess = {
  createdById: string;
  status: ArticleStatus;
  /** Users credited in the article's bylines (through their contributor records). */
  bylineUserIds: readonly string[];
  /** While SUBMITTED: the stage it sits in (null in every other state). */
  review: ReviewPosition | null;
};

export function isOwnArticle(actor: Actor, article: ArticleAccess): boolean {
  return article.createdById === actor.id || article.bylineUserIds.includes(actor.id);
}

/**
 * The one question every use-case asks. Article permissions need the article, media
 * permissions the image; asking one without it answers whether the role could ever hold
 * it (for menus and lists).
 */
export function can(
  actor: Actor,
  permission: Permission,
  resource?: ArticleAccess | MediaAccess,
): boolean {
  if (!ROLE_PERMISSIONS[actor.role].has(permission)) return false;
  if (!resource) return true;
  if ("uploadedById" in resource)
    return (
      actor.role !== "REPORTER" ||
      !OWN_MEDIA_ONLY.has(permission) ||
      resource.uploadedById === actor.id
    );
  const article = resource;
  // Suggestion mode: whoever may edit may also propose instead; while a story is in
  // review, everyone who may see it may propose (the reporter during 終審, an editor at a
  // proofreading round), and those who may edit decide.
  if (permission === "article.suggest")
    return (
      can(actor, "article.edit", article) ||
      (article.status === "SUBMITTED" && can(actor, "article.view", article))
    );
  if (STAGE_BOUND.has(permission) && article.status === "SUBMITTED") {
    if (!article.review || !mayPassCurrentStage(actor, article.review)) return false;
  }
  if (actor.role === "PROOFREADER" && permission === "article.edit")
    return article.status === "SUBMITTED";
  if (actor.role !== "REPORTER") return true;
  if (!OWN_ONLY.has(permission)) return true;
  if (!isOwnArticle(actor, article)) return false;
  if (permission === "article.edit" || permission === "article.submit")
    return REPORTER_EDITABLE.has(article.status);
  // A reporter may take back their own submission while it waits for review.
  if (permission === "article.withdraw") return article.status === "SUBMITTED";
  return true;
}

/**
 * Who accepts and rejects suggestions: whoever may edit the body now decides any of them;
 * while the story is in review its author (who may then only suggest) decides the others'
 * but not their own, which would be editing by another name.
 */
export function suggestionDecider(actor: Actor, article: ArticleAccess): "any" | "others" | null {
  if (can(actor, "article.edit", article)) return "any";
  return article.status === "SUBMITTED" && isOwnArticle(actor, article) ? "others" : null;
}

/** Whether the role may see articles it does not own (editors' review queue, all drafts). */
export function canViewAll(actor: Actor): boolean {
  return actor.role !== "REPORTER";
}
