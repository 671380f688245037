import type { Actor } from "../../lib/workflow/permissions";
import { photoJpeg } from "../../lib/testing/media-images";
import { checks, EVERYONE, type SignedIn, type Who } from "./action-checks";
import { makeFixture } from "./action-fixture";
import type { Harness } from "./harness";
import { actionIds, callAction, FormArg, type ActionAnswer } from "./server-actions";

export { EVERYONE, type Who };

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
    const value = result as { ok?: boolean };
    if (value.ok === true) return "done";
    return "refused";
  }
  return "refused";
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
  const fixtureCookies = { owner: cookies.get("owner")!, editor: cookies.get("editor")! };
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

  for (const check of checks(owner.id)) {
    covered.add(check.action);
    const line: string[] = [];
    for (const who of EVERYONE) {
      const f = await makeFixture(harness, owner, fixtureCookies, jpeg);
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
