import crypto from "node:crypto";
import type { PrismaClient } from "../../lib/db-client";
import { photoJpeg } from "../../lib/testing/media-images";
import { can, type Actor, type ArticleAccess } from "../../lib/workflow/permissions";
import { createArticle, createUser } from "../../prisma/factories";
import { fieldsFor, type Harness } from "./harness";
import { actionIds, callAction, FormArg, type ActionAnswer } from "./server-actions";

export type Who = "anonymous" | "owner" | "other reporter" | "editor" | "admin";
export const EVERYONE: Who[] = ["anonymous", "owner", "other reporter", "editor", "admin"];
type SignedIn = Exclude<Who, "anonymous">;

export type Outcome = "done" | "refused" | "error";

/** What an action's answer says happened: it acted, it refused, or it failed (a 500). */
export function outcomeOf(answer: ActionAnswer, base: string): Outcome {
  const { status, result, redirect } = answer;
  if (status >= 500) return "error";
  if (typeof result === "string" && result.startsWith("E{")) return "error";
  if (redirect) {
    const target = new URL(redirect.split(";")[0]!, base);
    if (target.pathname === "/login") return "refused";
    const code = target.searchParams.get("result");
    if (code) return code === "saved" || code === "deleted" ? "done" : "refused";
    return "done";
  }
  if (result && typeof result === "object") {
    const value = result as { ok?: boolean; error?: string };
    if (value.ok === true) return "done";
    return "refused";
  }
  // suggestSlugAction answers "" when it cannot be asked.
  if (typeof result === "string" && result !== "") return "done";
  return "refused";
}

type Fixture = {
  draft: { id: string; version: number; slug: string };
  submitted: { id: string; version: number };
  published: { id: string };
  revisionId: string;
  commentId: string;
  linkId: string;
  mediaId: string;
  notificationId: string;
  targetUserId: string;
};

type Check = {
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
});

function checks(ownerId: string): Check[] {
  const draft = draftAccess(ownerId);
  const submitted: ArticleAccess = { ...draft, status: "SUBMITTED" };
  const published: ArticleAccess = { ...draft, status: "PUBLISHED" };
  const viewing = (actor: Actor, access: ArticleAccess) => can(actor, "article.view", access);
  return [
    {
      action: "createArticleAction",
      args: () => [],
      allowed: (a) => can(a, "article.create"),
      effect: (db) => db.article.count(),
    },
    {
      action: "suggestSlugAction",
      args: (f) => ["德州新聞", f.draft.id],
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
      args: (f) => [f.draft.id],
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
      allowed: (a, who) => who === "owner" || a.role !== "REPORTER",
      effect: (db, f) => db.media.findUnique({ where: { id: f.mediaId }, select: { alt: true } }),
    },
    {
      action: "deleteMediaAction",
      args: (f) => [new FormArg([["id", f.mediaId]])],
      allowed: (a, who) => who === "owner" || a.role !== "REPORTER",
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
    {
      action: "createUserAction",
      args: () => [
        {},
        new FormArg([
          ["name", "新同事"],
          ["email", `new-${crypto.randomUUID()}@example.test`],
          ["role", "REPORTER"],
        ]),
      ],
      allowed: (a) => can(a, "user.manage"),
      effect: (db) => db.user.count(),
    },
    {
      action: "updateUserAction",
      args: (f) => [
        {},
        new FormArg([
          ["userId", f.targetUserId],
          ["role", "EDITOR"],
        ]),
      ],
      allowed: (a) => can(a, "user.manage"),
      effect: (db, f) =>
        db.user.findUnique({ where: { id: f.targetUserId }, select: { role: true } }),
    },
    {
      action: "resetLinkAction",
      args: (f) => [{}, new FormArg([["userId", f.targetUserId]])],
      allowed: (a) => can(a, "user.manage"),
    },
    {
      action: "resetPasswordAction",
      args: () => [
        {},
        new FormArg([
          ["token", "not-a-token"],
          ["newPassword", "a-long-new-password-1"],
        ]),
      ],
      // Public (the link's token is the permission); a made-up token is refused for all.
      allowed: () => false,
    },
    {
      action: "signIn",
      args: () => [
        {},
        new FormArg([
          ["email", "nobody@example.test"],
          ["password", "wrong-password"],
        ]),
      ],
      allowed: () => false,
    },
  ];
}

/**
 * Every server action of the build, called by each role and anonymously on fresh data,
 * compared with the permission table: the answer (done or refused) and the database
 * (changed exactly when done).
 */
export async function actionPermissions(
  harness: Harness,
  owner: { id: string },
  cookies: Map<Who, string>,
  users: Record<SignedIn, Actor>,
): Promise<{
  calls: number;
  problems: string[];
  rows: string[];
  covered: Set<string>;
  /** Refused calls that changed the database anyway. */
  wrongWrites: number;
}> {
  const { db, base } = harness;
  const ids = actionIds();
  const idOf = (name: string) => {
    const found = [...ids].find(([key]) => key.endsWith(`#${name}`));
    if (!found) throw new Error(`no server action named ${name} in this build`);
    return found[1];
  };
  const ownerCookie = cookies.get("owner")!;
  const editorCookie = cookies.get("editor")!;
  const jpeg = await photoJpeg({ width: 320, height: 240 });
  const problems: string[] = [];
  const rows: string[] = [];
  const covered = new Set<string>(["signOut", "markAllReadAction", "changePasswordAction"]);
  let calls = 0;
  let wrongWrites = 0;
  // The anonymous client sends a made-up session cookie: that gets it past the sign-in
  // redirect in front of the newsroom, so the actions' own check is what refuses it.
  const cookieOf = (who: Who) =>
    who === "anonymous" ? "galley.session=forged-by-an-anonymous-client" : cookies.get(who)!;

  const fixture = async (): Promise<Fixture> => {
    const api = (path: string, cookie: string, init: RequestInit) =>
      fetch(`${base}${path}`, {
        ...init,
        headers: { origin: base, cookie, ...(init.headers ?? {}) },
      }).then(async (response) => {
        if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
        return response.json() as Promise<Record<string, unknown>>;
      });
    const draftRow = await createArticle(db, { createdById: owner.id });
    const saved = await api(`/api/v1/articles/${draftRow.id}`, ownerCookie, {
      method: "PUT",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        baseVersion: draftRow.version,
        kind: "MANUAL",
        fields: fieldsFor(draftRow.slug, "第一稿"),
      }),
    });
    const revision = await db.revision.findFirstOrThrow({
      where: { articleId: draftRow.id },
      orderBy: { createdAt: "desc" },
    });
    const submittedRow = await createArticle(db, { createdById: owner.id, status: "SUBMITTED" });
    const approved = await createArticle(db, { createdById: owner.id, status: "APPROVED" });
    await api(`/api/v1/articles/${approved.id}/transitions`, editorCookie, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ transition: "publish", version: approved.version }),
    });
    const form = new FormData();
    form.set("file", new Blob([new Uint8Array(jpeg)], { type: "image/jpeg" }), "p.jpg");
    const media = await api("/api/v1/media", ownerCookie, { method: "POST", body: form });
    const comment = await db.comment.create({
      data: { articleId: draftRow.id, authorId: owner.id, body: "第二段需要出處。" },
    });
    const link = await db.previewLink.create({
      data: {
        articleId: draftRow.id,
        tokenHash: crypto.randomBytes(32).toString("hex"),
        expiresAt: new Date(Date.now() + 3_600_000),
        createdById: owner.id,
      },
    });
    const notification = await db.notification.create({
      data: { userId: owner.id, kind: "COMMENT", articleId: draftRow.id },
    });
    const target = await createUser(db, { role: "REPORTER" });
    return {
      draft: { id: draftRow.id, version: Number(saved.version), slug: draftRow.slug },
      submitted: { id: submittedRow.id, version: submittedRow.version },
      published: { id: approved.id },
      revisionId: revision.id,
      commentId: comment.id,
      linkId: link.id,
      mediaId: String((media.media as { id?: string } | undefined)?.id ?? media.id),
      notificationId: notification.id,
      targetUserId: target.id,
    };
  };

  for (const check of checks(owner.id)) {
    covered.add(check.action);
    const line: string[] = [];
    for (const who of EVERYONE) {
      const f = await fixture();
      const cookie = cookieOf(who);
      const before = check.effect ? JSON.stringify(await check.effect(db, f)) : null;
      const answer = await callAction(base, idOf(check.action), check.args(f), {
        cookie,
        page: "/newsroom",
      });
      calls++;
      const after = check.effect ? JSON.stringify(await check.effect(db, f)) : null;
      const answered = outcomeOf(answer, base);
      const outcome =
        check.judgeByEffect && answered !== "error"
          ? before !== after
            ? "done"
            : "refused"
          : answered;
      const expected: Outcome =
        who === "anonymous" ? "refused" : check.allowed(users[who], who) ? "done" : "refused";
      line.push(`${who} ${outcome}`);
      if (outcome !== expected)
        problems.push(
          `${check.action} by ${who}: ${outcome} (${answer.status} ${JSON.stringify(answer.result ?? answer.redirect).slice(0, 160)}), the table says ${expected}`,
        );
      if (before !== after && outcome !== "done") wrongWrites++;
      if (check.effect && outcome !== "error" && (before !== after) !== (outcome === "done"))
        problems.push(
          `${check.action} by ${who}: answered ${outcome} but the database ${before === after ? "did not change" : "changed"}`,
        );
    }
    rows.push(`${check.action}: ${line.join(", ")}`);
  }
  // Actions with no data to guard: signing out and marking one's own notifications read
  // act on the caller alone; a wrong current password is refused for everyone.
  for (const who of EVERYONE) {
    const cookie = cookieOf(who);
    const answer = await callAction(
      base,
      idOf("changePasswordAction"),
      [
        {},
        new FormArg([
          ["currentPassword", "not-my-password"],
          ["newPassword", "another-password-22"],
        ]),
      ],
      { cookie, page: "/newsroom/account" },
    );
    calls++;
    if (outcomeOf(answer, base) !== "refused")
      problems.push(`changePasswordAction with a wrong password by ${who}: ${answer.status}`);
    const read = await callAction(base, idOf("markAllReadAction"), [], {
      cookie,
      page: "/newsroom",
    });
    calls++;
    const expected: Outcome = who === "anonymous" ? "refused" : "done";
    if (outcomeOf(read, base) !== expected)
      problems.push(`markAllReadAction by ${who}: ${outcomeOf(read, base)}, expected ${expected}`);
  }
  // Last, as it ends the sessions: signing out answers the sign-in page, whoever asks.
  for (const who of EVERYONE) {
    const cookie = cookieOf(who);
    const answer = await callAction(base, idOf("signOut"), [], {
      cookie,
      page: "/newsroom",
    });
    calls++;
    if (answer.status >= 500 || !answer.redirect?.startsWith("/login"))
      problems.push(`signOut by ${who}: ${answer.status} ${answer.redirect ?? ""}`);
  }
  const missing = [...ids.keys()]
    .map((key) => key.split("#")[1]!)
    .filter((name) => !covered.has(name));
  if (missing.length) problems.push(`server actions not checked: ${missing.join(", ")}`);
  return { calls, problems, rows, covered, wrongWrites };
}
