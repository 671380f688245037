import { photoJpeg } from "../../lib/testing/media-images";
import { can, type Actor, type ArticleAccess } from "../../lib/workflow/permissions";
import { DEFAULT_CHAIN } from "../../lib/workflow/review-chain";
import { createArticle, createUser } from "../../prisma/factories";
import { actionPermissions, EVERYONE, type Who } from "./action-permissions";
import { fieldsFor, type CaseResult, type Harness } from "./harness";

/**
 * 7. Permissions: every route handler that reads or changes newsroom data (and the budget's CSV), called by each
 * role and by an anonymous client. The expected answer is computed from the permission
 * table itself (lib/workflow/permissions.ts): signed out → 401; may not view → 404 (what
 * you may not see does not exist); may view but not act → 403; else success.
 */
export async function permissions(harness: Harness): Promise<CaseResult> {
  const { db, base } = harness;
  const owner = await createUser(db, { role: "REPORTER" });
  const users: Record<Exclude<Who, "anonymous">, { id: string; role: Actor["role"] }> = {
    owner: { id: owner.id, role: "REPORTER" },
    "other reporter": { id: (await createUser(db, { role: "REPORTER" })).id, role: "REPORTER" },
    editor: { id: (await createUser(db, { role: "EDITOR" })).id, role: "EDITOR" },
    proofreader: {
      id: (await createUser(db, { role: "PROOFREADER" })).id,
      role: "PROOFREADER",
    },
    admin: { id: (await createUser(db, { role: "ADMIN" })).id, role: "ADMIN" },
  };
  const cookies = new Map<Who, string>([["anonymous", ""]]);
  for (const [who, user] of Object.entries(users))
    cookies.set(who as Who, await harness.cookie(user.id));
  const jpeg = await photoJpeg({ width: 320, height: 240 });

  const expectFor = (
    who: Who,
    access: ArticleAccess | null,
    permission: Parameters<typeof can>[1],
    ok: number,
  ) => {
    if (who === "anonymous") return 401;
    const actor = users[who];
    if (access && !can(actor, "article.view", access)) return 404;
    return can(actor, permission, access ?? undefined) ? ok : 403;
  };

  const rows: string[] = [];
  const problems: string[] = [];
  let requests = 0;
  for (const who of EVERYONE) {
    const cookie = cookies.get(who)!;
    const headers = {
      "content-type": "application/json",
      origin: base,
      ...(cookie ? { cookie } : {}),
    };
    const draft = await createArticle(db, { createdById: owner.id, status: "DRAFT" });
    const submitted = await createArticle(db, { createdById: owner.id, status: "SUBMITTED" });
    const draftAccess: ArticleAccess = {
      createdById: owner.id,
      status: "DRAFT",
      bylineUserIds: [],
      review: null,
    };
    const submittedAccess: ArticleAccess = {
      createdById: owner.id,
      status: "SUBMITTED",
      bylineUserIds: [],
      review: { chain: DEFAULT_CHAIN, index: 0, deskHeadIds: [] },
    };
    const form = new FormData();
    form.set("file", new Blob([new Uint8Array(jpeg)], { type: "image/jpeg" }), "p.jpg");
    const checks: Array<[string, () => Promise<Response>, number]> = [
      [
        "GET working copy",
        () => fetch(`${base}/api/v1/articles/${draft.id}/working-copy`, { headers }),
        expectFor(who, draftAccess, "article.view", 200),
      ],
      [
        "PUT save",
        () =>
          fetch(`${base}/api/v1/articles/${draft.id}`, {
            method: "PUT",
            headers,
            body: JSON.stringify({
              baseVersion: draft.version,
              kind: "AUTOSAVE",
              fields: fieldsFor(draft.slug, "權限"),
            }),
          }),
        expectFor(who, draftAccess, "article.edit", 200),
      ],
      [
        "POST presence",
        () =>
          fetch(`${base}/api/v1/articles/${draft.id}/presence`, {
            method: "POST",
            headers,
            body: "{}",
          }),
        expectFor(who, draftAccess, "article.view", 200),
      ],
      [
        "POST approve",
        () =>
          fetch(`${base}/api/v1/articles/${submitted.id}/transitions`, {
            method: "POST",
            headers,
            body: JSON.stringify({ transition: "approve", version: submitted.version }),
          }),
        expectFor(who, submittedAccess, "article.approve", 200),
      ],
      [
        "POST withdraw",
        () =>
          fetch(`${base}/api/v1/articles/${submitted.id}/transitions`, {
            method: "POST",
            headers,
            body: JSON.stringify({ transition: "withdraw", version: submitted.version }),
          }),
        // Runs after "approve": the article has moved on for those who could approve it.
        who === "editor" || who === "admin"
          ? 409
          : expectFor(who, submittedAccess, "article.withdraw", 200),
      ],
      [
        "POST media",
        () =>
          fetch(`${base}/api/v1/media`, {
            method: "POST",
            headers: { origin: base, ...(cookie ? { cookie } : {}) },
            body: form,
          }),
        who === "anonymous" ? 401 : 201,
      ],
      [
        "GET budget CSV",
        // A made-up session cookie gets past the sign-in redirect: the route's own check answers.
        () =>
          fetch(`${base}/newsroom/budget/export?day=2027-06-01`, {
            headers: { cookie: cookie || "galley.session=forged-by-an-anonymous-client" },
            redirect: "manual",
          }),
        who === "anonymous" ? 401 : 200,
      ],
    ];
    const line: string[] = [];
    for (const [name, call, expected] of checks) {
      const response = await call();
      await response.arrayBuffer();
      requests++;
      line.push(`${name} ${response.status}`);
      if (response.status !== expected)
        problems.push(`${who}: ${name} answered ${response.status}, the table says ${expected}`);
    }
    rows.push(`${who}: ${line.join(", ")}`);
  }
  const actions = await actionPermissions(harness, owner, cookies, users);
  problems.push(...actions.problems);
  return {
    name: "permissions",
    ok: problems.length === 0,
    figure: `${requests} route handler calls (7 handlers) and ${actions.calls} server action calls (${actions.covered.size} actions), each by ${EVERYONE.length - 1} callers signed in (reporter, another reporter, editor, proofreader, admin) and anonymously, against the permission table: ${problems.length} mismatches`,
    problems: problems.length ? [...problems, ...rows, ...actions.rows] : [],
    load: `${actions.covered.size} server actions and 7 route handlers × ${EVERYONE.length} callers`,
    faults: "none",
    requests: requests + actions.calls,
    errors: problems.length,
    dataLost: actions.wrongWrites,
  };
}
