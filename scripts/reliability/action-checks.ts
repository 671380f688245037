import crypto from "node:crypto";
import type { PrismaClient } from "../../lib/db-client";
import { DEFAULT_CHAIN } from "../../lib/workflow/review-chain";
import {
  can,
  suggestionDecider,
  type Actor,
  type ArticleAccess,
  type MediaAccess,
} from "../../lib/workflow/permissions";
import { accountChecks } from "./account-checks";
import { contributorChecks } from "./contributor-checks";
import { frontChecks } from "./front-checks";
import { liveChecks, type LiveFixture } from "./live-checks";
import { planningChecks, type PlanFixture } from "./planning-checks";
import { planningEventChecks } from "./planning-event-checks";
import { reviewChainChecks } from "./review-chain-checks";
import { sectionChecks } from "./section-checks";
import { tagChecks } from "./tag-checks";
import { FormArg } from "./server-actions";

export type Who = "anonymous" | "owner" | "other reporter" | "editor" | "proofreader" | "admin";
export const EVERYONE: Who[] = [
  "anonymous",
  "owner",
  "other reporter",
  "editor",
  "proofreader",
  "admin",
];
export type SignedIn = Exclude<Who, "anonymous">;

export type Fixture = {
  draft: { id: string; version: number; slug: string };
  submitted: { id: string; version: number };
  published: { id: string };
  revisionId: string;
  commentId: string;
  linkId: string;
  mediaId: string;
  notificationId: string;
  targetUserId: string;
  /** The publication settings' current version, so an allowed save is not refused as stale. */
  publicationVersion: number;
  /** An empty section last in the order (section-checks.ts). */
  sectionId: string;
  /** The live front's number (front-checks.ts), so an allowed publish is not stale. */
  frontNumber: number;
  /** An unused tag, and another to merge it into (tag-checks.ts). */
  tagId: string;
  mergeTargetId: string;
  /** A contributor with no bylines, and the address of another to merge it into. */
  contributor: { id: string; targetSlug: string };
  /** Pitches, planned items and assignments (planning-checks.ts). */
  plan: PlanFixture;
  /** An event at version 1, and a desk with a calendar feed (planning-event-checks.ts). */
  planEventId: string;
  feedSectionId: string;
  /** Running live coverage with an update of the owner's and one waiting (live-checks.ts). */
  live: LiveFixture;
};

export type Check = {
  action: string;
  args: (f: Fixture) => unknown[];
  /** Whether the table lets this person do it (anonymous is always refused unless public). */
  allowed: (actor: Actor, who: SignedIn) => boolean;
  /** A reading of what the action would change: it must move exactly when the action acts. */
  effect?: (db: PrismaClient, f: Fixture) => Promise<unknown>;
  /** Acting on what is not yours is a quiet no-op (scoped to the caller): judged by the data. */
  judgeByEffect?: boolean;
};

const draftAccess = (ownerId: string): ArticleAccess => ({
  createdById: ownerId,
  status: "DRAFT",
  bylineUserIds: [],
  review: null,
});

/** Each action with arguments that would succeed for someone, and who that is by the table. */
export function checks(ownerId: string): Check[] {
  const draft = draftAccess(ownerId);
  // The fixture's story in review sits in the single desk review (no section chain).
  const submitted: ArticleAccess = {
    ...draft,
    status: "SUBMITTED",
    review: { chain: DEFAULT_CHAIN, index: 0, deskHeadIds: [] },
  };
  const published: ArticleAccess = { ...draft, status: "PUBLISHED" };
  const viewing = (actor: Actor, access: ArticleAccess) => can(actor, "article.view", access);
  const image: MediaAccess = { uploadedById: ownerId };
  return [
    {
      action: "createArticleAction",
      args: () => [],
      allowed: (a) => can(a, "article.create"),
      effect: (db) => db.article.count(),
    },
    {
      action: "suggestSlugAction",
      args: (f) => [{ headline: "德州新聞", articleId: f.draft.id }],
      allowed: () => true,
    },
    {
      action: "convertScriptAction",
      args: (f) => [{ articleId: f.draft.id, to: "hans", baseVersion: f.draft.version }],
      allowed: (a) => can(a, "article.edit", draft),
      effect: (db, f) =>
        db.article.findUnique({ where: { id: f.draft.id }, select: { version: true } }),
    },
    {
      action: "createContributorAction",
      args: () => [{ name: `通訊員 ${crypto.randomUUID().slice(0, 6)}`, kind: "PERSON" }],
      allowed: (a) => can(a, "article.create"),
      effect: (db) => db.contributor.count(),
    },
    {
      action: "transitionAction",
      args: (f) => [
        { articleId: f.submitted.id, transition: "approve", version: f.submitted.version },
      ],
      allowed: (a) => can(a, "article.approve", submitted),
      effect: (db, f) =>
        db.article.findUnique({ where: { id: f.submitted.id }, select: { status: true } }),
    },
    {
      action: "setEmbargoAction",
      args: (f) => [{ articleId: f.submitted.id, until: "2031-01-01T09:00" }],
      allowed: (a) => viewing(a, submitted) && can(a, "article.schedule", submitted),
      effect: (db, f) =>
        db.article.findUnique({ where: { id: f.submitted.id }, select: { embargoUntil: true } }),
    },
    {
      action: "addCommentAction",
      args: (f) => [{ articleId: f.draft.id, body: "請核對數字。" }],
      allowed: (a) => can(a, "article.comment", draft),
      effect: (db) => db.comment.count(),
    },
    {
      action: "resolveCommentAction",
      args: (f) => [{ commentId: f.commentId, resolved: true }],
      allowed: (a) => can(a, "article.comment", draft),
      effect: (db, f) =>
        db.comment.findUnique({ where: { id: f.commentId }, select: { resolvedAt: true } }),
    },
    {
      // "Reject all" on the draft's one suggestion (the owner's): whoever may edit it decides.
      action: "decideSuggestionsAction",
      args: (f) => [{ articleId: f.draft.id, ids: "all", decision: "reject" }],
      allowed: (a) => suggestionDecider(a, draft) !== null,
      effect: (db, f) =>
        db.article.findUnique({ where: { id: f.draft.id }, select: { body: true } }),
    },
    {
      action: "addCorrectionAction",
      args: (f) => [
        {
          articleId: f.published.id,
          text: "此前報道有誤，現已更正。",
          correctedAt: "2026-11-01T10:00",
        },
      ],
      allowed: (a) => viewing(a, published) && can(a, "article.correct", published),
      effect: (db) => db.correction.count(),
    },
    {
      action: "sharePreviewAction",
      args: (f) => [{ articleId: f.draft.id }],
      allowed: (a) =>
        viewing(a, draft) && (can(a, "article.edit", draft) || can(a, "article.approve", draft)),
      effect: (db) => db.previewLink.count(),
    },
    {
      action: "revokePreviewAction",
      args: (f) => [{ articleId: f.draft.id, linkId: f.linkId }],
      allowed: (a) =>
        viewing(a, draft) && (can(a, "article.edit", draft) || can(a, "article.approve", draft)),
      effect: (db, f) =>
        db.previewLink.findUnique({ where: { id: f.linkId }, select: { revokedAt: true } }),
    },
    {
      action: "restoreRevisionAction",
      args: (f) => [
        new FormArg([
          ["articleId", f.draft.id],
          ["revisionId", f.revisionId],
        ]),
      ],
      allowed: (a) => can(a, "article.edit", draft),
      effect: (db, f) =>
        db.article.findUnique({ where: { id: f.draft.id }, select: { version: true } }),
    },
    {
      action: "previewImportAction",
      args: () => [
        {},
        new FormArg([
          ["text", "德州訊 本報記者報道。\n記者|王賀"],
          ["annotations", "ruby"],
        ]),
      ],
      allowed: (a) => can(a, "article.create"),
    },
    {
      action: "createImportAction",
      args: () => [
        {},
        new FormArg([
          ["sourceKind", "text"],
          ["sourceContent", "德州訊 本報記者報道。"],
          ["annotations", "keep"],
          ["headline", "導入的稿件"],
        ]),
      ],
      allowed: (a) => can(a, "article.create"),
      effect: (db) => db.article.count(),
    },
    {
      action: "updateMediaAction",
      args: (f) => [
        new FormArg([
          ["id", f.mediaId],
          ["alt", `替代文字 ${Date.now()}`],
          ["caption", ""],
          ["credit", ""],
        ]),
      ],
      // Editors and the uploader (the owner) may describe an image.
      allowed: (a) => can(a, "media.edit", image),
      effect: (db, f) => db.media.findUnique({ where: { id: f.mediaId }, select: { alt: true } }),
    },
    {
      // The editor's featured-image picker: the same rule as the library's form.
      action: "saveMediaDetailsAction",
      args: (f) => [{ id: f.mediaId, alt: `替代文字 ${Date.now()}`, caption: "", credit: "" }],
      allowed: (a) => can(a, "media.edit", image),
      effect: (db, f) => db.media.findUnique({ where: { id: f.mediaId }, select: { alt: true } }),
    },
    {
      action: "deleteMediaAction",
      args: (f) => [new FormArg([["id", f.mediaId]])],
      allowed: (a) => can(a, "media.delete", image),
      effect: (db, f) => db.media.count({ where: { id: f.mediaId } }),
    },
    {
      action: "openNotificationAction",
      args: (f) => [new FormArg([["id", f.notificationId]])],
      // Opening marks it read; only its addressee (the owner) can mark it.
      allowed: (_, who) => who === "owner",
      judgeByEffect: true,
      effect: (db, f) =>
        db.notification.findUnique({ where: { id: f.notificationId }, select: { readAt: true } }),
    },
    ...accountChecks(),
    ...sectionChecks(),
    ...frontChecks(),
    ...tagChecks(),
    ...contributorChecks(),
    ...reviewChainChecks(),
    ...planningChecks(),
    ...planningEventChecks(),
    ...liveChecks(ownerId),
  ];
}
